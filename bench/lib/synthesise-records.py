#!/usr/bin/env python3
"""Makes an output folder of COUNT records from the records of a smaller one, for measuring
what scales with the number of records (raingan review's report of a large archive).

    synthesise-records.py SRC_OUT DST_OUT COUNT

Record i is SRC's record i mod n under DST/synth/<i>/<its path>, with its own project code
(the number after the dash is i), sha256 and source file, and a manifest line to match, so no
two records are the same document. The inputs themselves are not copied: the report of DST has
no page images, and measures the records, not the rendering of pages.
"""
import hashlib
import json
import os
import sys


def main():
    src, dst, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(os.path.join(src, "manifest.jsonl"), encoding="utf-8") as f:
        entries = [json.loads(line) for line in f if line.strip()]
    entries = [e for e in entries if e["status"] == "ok"]
    if not entries:
        sys.exit(f"synthesise-records: {src} has no ok records")
    records = []
    for e in entries:
        with open(os.path.join(src, e["path"] + ".json"), encoding="utf-8") as f:
            records.append(json.load(f))
    os.makedirs(dst, exist_ok=True)
    with open(os.path.join(dst, "manifest.jsonl"), "w", encoding="utf-8") as manifest:
        for i in range(count):
            entry, record = dict(entries[i % len(entries)]), json.loads(json.dumps(records[i % len(records)]))
            path = f"synth/{i:05d}/{entry['path']}"
            sha = hashlib.sha256(f"{entry['sha256']}-{i}".encode()).hexdigest()
            entry.update(path=path, sha256=sha)
            record["source"].update(file=path, sha256=sha)
            project = record.get("project") or {}
            if project.get("code"):
                project["code"] = project["code"].split("-")[0] + f"-{i:05d}"
            out = os.path.join(dst, path + ".json")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "w", encoding="utf-8") as f:
                json.dump(record, f, ensure_ascii=False, indent=2)
                f.write("\n")
            manifest.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
