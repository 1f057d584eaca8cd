#!/usr/bin/env python3
"""Splits a JFR recording's execution samples by library: each sample goes to the first frame,
counting down from the top of its stack, that belongs to a known library (the JavaScript engine,
flexmark, Freemarker, ...), so JDK helpers count for whoever called them.

  JAVA_TOOL_OPTIONS=-XX:StartFlightRecording=filename=/tmp/cold.jfr,settings=profile ./reckon build ...
  $JAVA_HOME/bin/jfr print --json --events jdk.ExecutionSample /tmp/cold.jfr > /tmp/cold.json
  python3 bench/jfr-split.py /tmp/cold.json
"""
import collections
import json
import sys

FAMILIES = [
    (("com.oracle.truffle", "org.graalvm.truffle", "org.graalvm.polyglot", "org.graalvm.shadowed"),
     "the JavaScript engine (GraalJS/Truffle interpreter: KaTeX, Prism)"),
    (("com.vladsch.flexmark",), "flexmark (Markdown)"),
    (("freemarker",), "Freemarker (templates)"),
    (("org.snakeyaml",), "YAML"),
    (("org.jsoup",), "jsoup"),
    (("sun.java2d", "java.awt", "sun.awt", "javax.imageio", "com.sun.imageio", "sun.font"),
     "social cards (java.awt, ImageIO)"),
]


def family(frames):
    for frame in frames:
        name = frame["method"]["type"]["name"].replace("/", ".")
        for prefixes, label in FAMILIES:
            if name.startswith(prefixes):
                return label
        if name.startswith("dev.reckon."):
            return "Reckon's own code (" + name.split(".")[2] + ")"
    return "JDK code below no library (I/O, hashing, strings)"


def main(path):
    counts = collections.Counter()
    for event in json.load(open(path))["recording"]["events"]:
        stack = event["values"].get("stackTrace")
        if stack:
            counts[family(stack["frames"])] += 1
    total = sum(counts.values())
    print(f"{total} samples")
    for label, n in counts.most_common():
        print(f"| {100 * n / total:5.1f} % | {label} |")


if __name__ == "__main__":
    main(sys.argv[1])
