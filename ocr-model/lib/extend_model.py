#!/usr/bin/env python3
"""Turns Debian's integer Thai model into a float model that lstmtraining can fine-tune,
with outputs added for the characters it lacks.

  extend_model.py UNPACKED_PREFIX OUT_PREFIX CHARS

UNPACKED_PREFIX is what `combine_tessdata -u tha.traineddata PREFIX` wrote (PREFIX.lstm,
PREFIX.lstm-unicharset, PREFIX.lstm-recoder). Writes OUT_PREFIX.lstm, .lstm-unicharset and
.lstm-recoder, with CHARS (a string of single characters) appended.

Why by hand: Debian ships only the "fast" model, whose weights are int8, and lstmtraining
refuses to continue from an integer model. Each int8 row was made by scaling its float row
so that its largest magnitude became 127 (WeightMatrix::ConvertToInt); multiplying back by
the stored scale gives the float weights to within rounding, which training then refines.

Why not lstmtraining's own --old_traineddata remapping: it assumes the CTC null is the last
code, but this model's null is code 2 (an older convention), so the remap gives the null's
weights to the digit 2. Appending new codes after the old ones keeps every old code, and the
null, where it was. New output rows start as the mean of the old rows, as Tesseract's own
RemapOutputs does.

The formats read here are Tesseract's serialisation (src/lstm/*.cpp, src/ccutil/*): little-
endian; strings as uint32 length + bytes; 2-D arrays as uint32 dim1, uint32 dim2, the empty
value, then the cells row by row.
"""
import struct
import sys
import unicodedata

PLUMBING = {"Series", "Parallel", "Replicated", "ParBidiLSTM", "DepParUDLSTM", "Par2dLSTM",
            "RTLReversed", "TTBReversed", "XYTranspose"}
FULLY_CONNECTED = {"Logistic", "LinLogistic", "LinTanh", "Tanh", "Relu", "Linear", "Softmax",
                   "SoftmaxNoCTC"}
INT8_FLAG, DOUBLE_FLAG = 1, 128
LAYER_SPECIFIC_LR = 64
TF_INT_MODE = 1


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def take(self, n):
        chunk = self.data[self.pos:self.pos + n]
        if len(chunk) != n:
            raise ValueError(f"model ends early at byte {self.pos}")
        self.pos += n
        return chunk

    def unpack(self, fmt):
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))

    def string(self):
        (n,) = self.unpack("I")
        return self.take(n).decode("utf-8")


def pack_string(s):
    data = s.encode("utf-8")
    return struct.pack("<I", len(data)) + data


def float_weights(r, extra_rows):
    """One WeightMatrix, int8 → float64, with extra_rows mean rows appended."""
    (mode,) = r.unpack("B")
    if not mode & DOUBLE_FLAG or not mode & INT8_FLAG:
        raise ValueError("expected an int8 weight matrix (is this already a float model?)")
    rows, cols = r.unpack("II")
    r.unpack("b")  # the empty value
    cells = r.unpack(f"{rows * cols}b")
    (n_scales,) = r.unpack("I")
    scales = r.unpack(f"{n_scales}d")
    weights = [[cells[i * cols + j] * scales[i] for j in range(cols)] for i in range(rows)]
    if extra_rows:
        mean = [sum(w[j] for w in weights) / rows for j in range(cols)]
        weights += [list(mean) for _ in range(extra_rows)]
    rows = len(weights)
    body = struct.pack("<BIId", mode & ~INT8_FLAG, rows, cols, 0.0)
    return body + struct.pack(f"<{rows * cols}d", *(v for w in weights for v in w)), cols


def network(r, extra, is_output):
    """Re-serialises one layer (and its children); returns (bytes, outputs added, weights added)."""
    (marker,) = r.unpack("b")
    if marker != 0:
        raise ValueError("unexpected layer marker (a pre-4.0 model?)")
    kind = r.string()
    training, backprop, flags, ni, no, n_weights = r.unpack("bbiiii")
    name = r.string()
    body, added_outputs, added_weights = b"", 0, 0
    if kind in PLUMBING:
        (count,) = r.unpack("I")
        body += struct.pack("<I", count)
        for k in range(count):
            last = is_output and k == count - 1
            sub, outputs, weights = network(r, extra, last)
            body += sub
            added_weights += weights
            if last:
                added_outputs = outputs
        if flags & LAYER_SPECIFIC_LR:
            (k,) = r.unpack("I")
            body += struct.pack("<I", k) + r.take(4 * k)
    elif kind == "Input":
        body = r.take(20)  # StaticShape: batch, height, width, depth, loss type
    elif kind in ("Convolve", "Maxpool", "Reconfig"):
        body = r.take(8)  # two int32 sizes
    elif kind in FULLY_CONNECTED:
        rows = extra if is_output else 0
        body, cols = float_weights(r, rows)
        added_outputs, added_weights = rows, rows * cols
    elif kind in ("LSTM", "SummLSTM"):
        (na,) = r.unpack("i")
        body = struct.pack("<i", na)
        cell_outputs = None
        for gate in range(5):  # CI, GI, GF1, GO, and GFS only for a 2-D LSTM
            if gate == 4 and na != ni + 2 * cell_outputs:
                continue
            weights, _ = float_weights(r, 0)
            body += weights
            if gate == 0:
                (cell_outputs,) = struct.unpack_from("<I", weights, 1)
    else:
        raise ValueError(f"layer type {kind} is not handled")
    head = (struct.pack("<b", 0) + pack_string(kind)
            + struct.pack("<bbiiii", training, backprop, flags, ni, no + added_outputs, n_weights + added_weights)
            + pack_string(name))
    return head + body, added_outputs, added_weights


def convert_lstm(data, extra):
    r = Reader(data)
    net, _, _ = network(r, extra, True)
    spec = r.string()
    (training_flags,) = r.unpack("i")
    rest = r.take(24)  # iterations, sample iterations, null char, adam beta, learning rate, momentum
    if r.pos != len(data):
        raise ValueError("bytes left after the recogniser: the unicharset and recoder must be separate components")
    return net + pack_string(spec) + struct.pack("<i", training_flags & ~TF_INT_MODE) + rest


def template(lines, char):
    """An existing unicharset line of the same kind to copy the properties of."""
    category = unicodedata.category(char)
    model = "๓" if category == "Nd" and "\u0e00" <= char <= "\u0e7f" else \
        "ก" if "\u0e00" <= char <= "\u0e7f" else "3" if category == "Nd" else "?"
    for line in lines:
        if line.split(" ")[0] == model:
            return line
    raise ValueError(f"no model line for {char}")


def extend_unicharset(text, chars):
    lines = text.rstrip("\n").split("\n")
    count, entries = int(lines[0]), lines[1:]
    existing = {l.split(" ")[0] for l in entries}
    added = [c for c in chars if c not in existing]
    for i, c in enumerate(added):
        uid = count + i
        fields = template(entries, c).split("\t")[0].split(" ")
        # char props metrics script other_case direction mirror normed
        fields[0], fields[4], fields[6], fields[7] = c, str(uid), str(uid), c
        entries.append(" ".join(fields) + f"\t# {c} [{ord(c):x} ]")
    return f"{len(entries)}\n" + "\n".join(entries) + "\n", added


def extend_recoder(data, old_count, added):
    r = Reader(data)
    (n,) = r.unpack("I")
    codes = []
    for _ in range(n):
        normalised, length = r.unpack("bi")
        codes.append(r.unpack(f"{length}i"))
    if n != old_count or any(c != (i,) for i, c in enumerate(codes)):
        raise ValueError("the recoder is not one code per character; cannot append codes to it")
    extra = b"".join(struct.pack("<bii", 0, 1, n + i) for i in range(len(added)))
    return struct.pack("<I", n + len(added)) + data[4:] + extra


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    src, dst, chars = argv[1], argv[2], argv[3]
    unicharset = open(src + ".lstm-unicharset", encoding="utf-8").read()
    old_count = int(unicharset.split("\n", 1)[0])
    unicharset, added = extend_unicharset(unicharset, chars)
    recoder = extend_recoder(open(src + ".lstm-recoder", "rb").read(), old_count, added)
    lstm = convert_lstm(open(src + ".lstm", "rb").read(), len(added))
    open(dst + ".lstm-unicharset", "w", encoding="utf-8").write(unicharset)
    open(dst + ".lstm-recoder", "wb").write(recoder)
    open(dst + ".lstm", "wb").write(lstm)
    print(f"float model with {old_count} + {len(added)} characters ({''.join(added)})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
