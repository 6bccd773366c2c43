#!/usr/bin/env python3
"""Turns one bench/run's measurements into bench/results.json and a Markdown table.

    report.py RUN_DIR RESULTS_JSON

RUN_DIR holds facts.json, options.json and measurements.jsonl (see measure.py). raingan's own
rates come from its --summary (the run without JVM start-up); "wall" rates divide by the
wall time of the whole command, start-up included.
"""
import json
import os
import statistics
import sys


def load(run):
    ms = {}
    with open(os.path.join(run, "measurements.jsonl")) as f:
        for line in f:
            m = json.loads(line)
            ms[m["name"]] = m
    with open(os.path.join(run, "facts.json")) as f:
        facts = json.load(f)
    with open(os.path.join(run, "options.json")) as f:
        options = json.load(f)
    return ms, facts, options


def r(x, digits=2):
    try:
        return round(float(x), digits)
    except (TypeError, ValueError):
        return None


def own(m):
    """raingan's own figures from its --summary: pages, files, seconds."""
    s = m.get("summary") or {}
    return s.get("pagesConverted", 0), s.get("files", 0), s.get("elapsedMillis", 0) / 1000.0, s


def cpu(m):
    """CPU seconds the command used (user + system, its children included)."""
    return m.get("user_s", 0.0) + m.get("sys_s", 0.0)


def noise(*ms):
    return max(m["others_cores"] for m in ms if m)



def main():
    run, out = sys.argv[1], sys.argv[2]
    ms, facts, options = load(run)
    threads = facts["threads"]
    results = {"machine": facts, "options": options, "corpus": {}, "figures": {}, "targets": [],
               "measurements": ms, "run_dir": run}
    fig = results["figures"]
    rows = []  # (what, raingan, reference, ratio, target, met, others)

    def target(name, value, op, bound, what):
        met = None if value is None else (value <= bound if op == "<=" else value >= bound)
        results["targets"].append({"target": name, "value": r(value, 3), "op": op, "bound": bound, "met": met,
                                   "what": what})
        return f"{op} {bound:g}", ("yes" if met else "**no**") if met is not None else "?"

    # text path
    p, t1, tn = ms.get("text.pdftotext"), ms.get("text.raingan.t1"), ms.get(f"text.raingan.t{threads}")
    if p and t1:
        pages = p["pages"]
        results["corpus"]["text_pdfs"] = {"documents": own(t1)[1], "pages": pages}
        ref = pages / p["wall_s"]
        ref_cpu = pages / cpu(p)
        n1, _, s1, _ = own(t1)
        rate1 = n1 / s1 if s1 else None
        fig["text"] = {"pdftotext_pages_per_s": r(ref, 1), "pdftotext_pages_per_cpu_s": r(ref_cpu, 1),
                       "raingan_t1_pages_per_s": r(rate1, 1), "raingan_t1_wall_pages_per_s": r(n1 / t1["wall_s"], 1),
                       "raingan_t1_pages_per_cpu_s": r(n1 / cpu(t1), 1)}
        t, met = target("text_vs_pdftotext", rate1 / ref if rate1 else None, ">=", 0.5,
                        "raingan pages/s (1 worker) / pdftotext pages/s (one file at a time)")
        rows.append((f"Text PDFs, pages/s, 1 worker ({pages} pages)",
                     f"{rate1:.1f} ({n1 / t1['wall_s']:.1f} wall, {n1 / cpu(t1):.1f} per CPU-s)",
                     f"pdftotext {ref:.1f} ({ref_cpu:.1f} per CPU-s)", f"{rate1 / ref:.2f}×", t, met, noise(p, t1)))
        t, met = target("text_pages_per_s_per_core", rate1, ">=", 50, "raingan pages/s with 1 worker")
        rows.append(("Text PDFs, pages/s per core", f"{rate1:.1f}", "", "", t, met, noise(t1)))
        if tn and tn is not t1:
            nn, _, sn, _ = own(tn)
            fig["text"][f"raingan_t{threads}_pages_per_s"] = r(nn / sn, 1)
            fig["text"][f"raingan_t{threads}_wall_pages_per_s"] = r(nn / tn["wall_s"], 1)
            rows.append((f"Text PDFs, pages/s, {threads} workers", f"{nn / sn:.1f} ({nn / tn['wall_s']:.1f} wall)",
                         f"pdftotext {ref:.1f}", f"{nn / sn / ref:.2f}×", "", "", noise(tn)))
        fj = ms.get("text.raingan-fulljit.t1")
        if fj and own(fj)[2]:
            nj, _, sj, _ = own(fj)
            fig["text"]["raingan_t1_full_jit_pages_per_s"] = r(nj / sj, 1)
            fig["text"]["raingan_t1_full_jit_pages_per_cpu_s"] = r(nj / cpu(fj), 1)
            rows.append(("Text PDFs, pages/s, 1 worker, C2 JIT too (RAINGAN_JAVA_OPTS)",
                         f"{nj / sj:.1f} ({nj / cpu(fj):.1f} per CPU-s)", f"pdftotext {ref:.1f}",
                         f"{nj / sj / ref:.2f}×", "", "", noise(fj)))

    # OCR path
    tess, o1 = ms.get("ocr.tesseract.p1"), ms.get("ocr.raingan.t1")
    if o1:
        n1, _, s1, _ = own(o1)
        results["corpus"]["ocr_pages"] = n1
        fig["ocr"] = {"raingan_t1_s_per_page": r(s1 / n1, 3), "raingan_t1_wall_s_per_page": r(o1["wall_s"] / n1, 3)}
        if tess:
            ref = tess["wall_s"] / tess["pages"]
            fig["ocr"]["tesseract_cli_s_per_page"] = r(ref, 3)
            t, met = target("ocr_vs_tesseract", s1 / n1 / ref, "<=", 1.1,
                            "raingan OCR s/page (1 worker) / tesseract CLI s/page, same PNGs")
            rows.append((f"Scans, OCR s/page, 1 worker ({n1} pages)",
                         f"{s1 / n1:.2f} ({o1['wall_s'] / n1:.2f} wall)", f"tesseract {ref:.2f}",
                         f"{s1 / n1 / ref:.2f}×", t, met, noise(tess, o1)))
        om = ms.get("ocr.raingan-own-model.t1")
        if om and tess:
            n, _, s, _ = own(om)
            fig["ocr"]["raingan_t1_bundled_model_s_per_page"] = r(s / n, 3)
            rows.append(("Scans, OCR s/page, 1 worker, raingan's bundled model (--ocr-lang raingan_tha+eng)",
                         f"{s / n:.2f}", f"tesseract {ref:.2f}", f"{s / n / ref:.2f}×", "", "", noise(tess, om)))
        sp = ms.get("ocr.raingan-pdf.t1")
        if sp:
            n, _, s, _ = own(sp)
            fig["ocr"]["raingan_t1_scan_pdf_s_per_page"] = r(s / n, 3)
            rows.append(("Scans as PDFs (render + OCR), s/page, 1 worker", f"{s / n:.2f}",
                         f"tesseract {ref:.2f}" if tess else "", f"{s / n / ref:.2f}×" if tess else "", "", "",
                         noise(sp)))
        on = ms.get(f"ocr.raingan.t{threads}")
        if on and threads > 1:
            nn, _, sn, _ = own(on)
            scale = (nn / sn) / (n1 / s1)
            fig["scaling"] = {"workers": threads, "raingan_t1_pages_per_s": r(n1 / s1, 3),
                              f"raingan_t{threads}_pages_per_s": r(nn / sn, 3), "raingan_ratio": r(scale, 3)}
            tp = ms.get(f"ocr.tesseract.p{threads}")
            ceiling = ""
            if tp and tess:
                c = tess["wall_s"] / tp["wall_s"]
                fig["scaling"]["tesseract_cli_ratio"] = r(c, 3)
                ceiling = f"tesseract ×{threads}: {c:.2f}×"
            t, met = target("ocr_scaling", scale, ">=", 1.8, f"raingan OCR pages/s, {threads} workers / 1 worker")
            rows.append((f"Scans, OCR pages/s, {threads} workers vs 1", f"{nn / sn:.2f} vs {n1 / s1:.2f}", ceiling,
                         f"{scale:.2f}×", t, met, noise(on, tp)))

    # parse only: one JMH result per text set
    j = ms.get("parse.jmh")
    if j and j.get("jmh"):
        fig["parse"] = {}
        for res in j["jmh"]:
            texts = res.get("params", {}).get("texts", "seed")
            label = "seed" if texts == "seed" else "generated"
            score, err = float(res["primaryMetric"]["score"]), r(res["primaryMetric"]["scoreError"], 1)
            fig["parse"][label] = {"records_per_s_per_thread": r(score, 1), "error": err, "texts": texts}
            what = ("the real seed report (20 KB)" if label == "seed"
                    else f"{options.get('parse_docs', '?')} generated text exports in turn")
            t, met = target(f"parse_records_per_s_per_core_{label}", score, ">=", 2000,
                            f"JMH textToRecord (normalise + parse + audit), 1 thread, {what}")
            err_text = f" ± {err:.0f}" if err is not None else ""
            rows.append((f"Parse only, records/s per thread (JMH), {what}", f"{score:.0f}{err_text}", "", "",
                         t, met, noise(j)))

    # peak RSS and the archive
    small, large = options["rss_docs"]
    a, b = ms.get(f"batch.d{small}"), ms.get(f"batch.d{large}")

    def batch_figures(m):
        pages, files, s, _ = own(m)
        return {"documents": files, "pages": pages, "files_per_s": r(files / s, 1), "pages_per_s": r(pages / s, 1),
                "peak_rss_mb": r(m["max_rss_kb"] / 1024, 0)}

    if a and b:
        fa, fb = batch_figures(a), batch_figures(b)
        ratio = b["max_rss_kb"] / a["max_rss_kb"]
        fig["rss"] = {f"d{small}": fa, f"d{large}": fb, "ratio": r(ratio, 3), "workers": threads}
        t, met = target("rss_large_vs_small", ratio, "<=", 1.2, f"peak RSS of {large} text PDFs / of {small}")
        rows.append((f"Peak RSS, {large} vs {small} text PDFs, {threads} workers",
                     f"{fb['peak_rss_mb']:.0f} MB vs {fa['peak_rss_mb']:.0f} MB",
                     f"{fb['files_per_s']:.1f} vs {fa['files_per_s']:.1f} files/s", f"{ratio:.2f}×", t, met,
                     noise(a, b)))
    big = options.get("archive_docs")
    c = ms.get(f"batch.d{big}") if big else None
    if c and b:
        fb, fc = batch_figures(b), batch_figures(c)
        ratio = c["max_rss_kb"] / b["max_rss_kb"]
        fig["archive"] = {f"d{large}": fb, f"d{big}": fc, "rss_ratio": r(ratio, 3),
                          "files_per_s_ratio": r(fc["files_per_s"] / fb["files_per_s"], 3)}
        t, met = target("archive_rss", ratio, "<=", 1.2, f"peak RSS of {big} text PDFs / of {large}")
        rows.append((f"Archive, {big} vs {large} text PDFs, {threads} workers",
                     f"{fc['peak_rss_mb']:.0f} MB vs {fb['peak_rss_mb']:.0f} MB",
                     f"{fc['files_per_s']:.1f} vs {fb['files_per_s']:.1f} files/s", f"{ratio:.2f}×", t, met,
                     noise(b, c)))

    # Beam on the DirectRunner vs the batch: files/s from each command's own summary, and wall
    bb, bd = ms.get("beam.batch.t2"), ms.get("beam.direct.t2")
    if bb and bd and own(bb)[2] and own(bd)[2]:
        _, fb_, sb, _ = own(bb)
        _, fd, sd, _ = own(bd)
        batch_rate, direct_rate = fb_ / sb, fd / sd
        ratio = direct_rate / batch_rate
        fig["beam"] = {"documents": fd, "workers": 2, "batch_files_per_s": r(batch_rate, 1),
                       "batch_wall_files_per_s": r(fb_ / bb["wall_s"], 1),
                       "direct_runner_files_per_s": r(direct_rate, 1),
                       "direct_runner_wall_files_per_s": r(fd / bd["wall_s"], 1),
                       "direct_runner_peak_rss_mb": r(bd["max_rss_kb"] / 1024, 0),
                       "batch_peak_rss_mb": r(bb["max_rss_kb"] / 1024, 0), "ratio": r(ratio, 3),
                       # The machine is shared: per CPU-second the comparison holds whatever others ran.
                       "direct_runner_files_per_cpu_s": r(fd / cpu(bd), 1), "batch_files_per_cpu_s": r(fb_ / cpu(bb), 1)}
        rows.append((f"Beam DirectRunner vs batch, {fd} text PDFs, 2 workers, files/s",
                     f"{direct_rate:.1f} ({fd / bd['wall_s']:.1f} wall, {fd / cpu(bd):.1f} per CPU-s)",
                     f"convert {batch_rate:.1f} ({fb_ / bb['wall_s']:.1f} wall, {fb_ / cpu(bb):.1f} per CPU-s)",
                     f"{ratio:.2f}×", "", "", noise(bb, bd)))

    # warehouse loads: rates from raingan load's own summary (no JVM start-up, no migration)
    def loaded(name):
        m = ms.get(name)
        s = (m or {}).get("summary") or {}
        return (s.get("records", 0), s.get("millis", 0) / 1000.0, m) if s.get("millis") else (0, 0, m)

    fig_load = {}
    for db, label in (("duckdb", "DuckDB (embedded file)"), ("postgresql", "PostgreSQL 15 on loopback")):
        n, secs, m = loaded(f"load.{db}")
        if not secs:
            continue
        n2, secs2, m2 = loaded(f"load.{db}.again")
        fig_load[db] = {"records": n, "records_per_s": r(n / secs, 0), "peak_rss_mb": r(m["max_rss_kb"] / 1024, 0),
                        "again_records_per_s": r(n2 / secs2, 0) if secs2 else None}
        again = f"; again, nothing to change: {n2 / secs2:.0f}" if secs2 else ""
        rows.append((f"Load {n} generated records into {label}, records/s", f"{n / secs:.0f}{again}",
                     "", "", "", "", noise(m, m2)))
    if fig_load:
        fig["load"] = fig_load

    # review report: wall time of the whole command, JVM start-up included
    v = options.get("review_docs")
    rv = ms.get(f"review.d{v}") if v else None
    if rv:
        fig["review"] = {"records": v, "threads": 2, "wall_s": r(rv["wall_s"], 1),
                         "peak_rss_mb": r(rv["max_rss_kb"] / 1024, 0)}
        t, met = target("review_wall_s", rv["wall_s"], "<=", 60,
                        f"raingan review of {v} records (no page images), 2 threads, wall")
        rows.append((f"Review report of {v} records (no page images), 2 threads, wall",
                     f"{rv['wall_s']:.1f} s ({rv['max_rss_kb'] / 1024:.0f} MB peak)", "", "", t, met, noise(rv)))

    # start-up
    groups = {}
    for name, m in ms.items():
        if name.startswith("startup."):
            groups.setdefault(name.rsplit(".", 1)[0], []).append(m)
    if groups:
        fig["startup"] = {}
        labels = {"startup.java": "`java -version`", "startup.version": "`raingan --version`",
                  "startup.convert": "`raingan convert one.pdf`",
                  "startup.convert-nocds": "`raingan convert one.pdf`, no class-data archive (RAINGAN_CDS=off)"}
        for g, runs in sorted(groups.items()):
            walls = [m["wall_s"] for m in runs]
            med = statistics.median(walls)
            fig["startup"][g.split(".", 1)[1]] = {"median_wall_s": r(med, 3), "runs": walls,
                                                  "median_rss_mb": r(statistics.median(m["max_rss_kb"] for m in runs) / 1024, 0)}
            rows.append((f"Start-up, {labels.get(g, g)}, median wall", f"{med:.2f} s", "", "", "", "",
                         max(m["others_cores"] for m in runs)))

    with open(out, "w") as f:
        json.dump(results, f, indent=2, ensure_ascii=False)
        f.write("\n")

    print()
    print(f"raingan bench, {facts['date']}: {facts['nproc']} × {facts['cpu']}, {facts['java']}, "
          f"{facts['tesseract']}, {facts['pdftotext']}, OMP_THREAD_LIMIT={facts['omp_thread_limit']}")
    print()
    print("| Measurement | raingan | Reference | Ratio | Target | Met | Others' CPU |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(x) for x in row[:6]) + f" | {row[6]:.2f} cores |")
    print()
    print("raingan's rates are from its own summary (no JVM start-up); 'wall' includes start-up.")
    print("Others' CPU: cores used by other processes during the measurement (the machine is shared).")
    missed = [t["target"] for t in results["targets"] if t["met"] is False]
    print(f"Targets met: {sum(1 for t in results['targets'] if t['met'])}/{len(results['targets'])}"
          + (f"; missed: {', '.join(missed)}" if missed else ""))
    print(f"Written: {out}")


if __name__ == "__main__":
    main()
