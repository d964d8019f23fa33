#!/usr/bin/env python3
"""Generate the formula benchmark site (docs/benchmarks.md, "Formulas"): one report with one chapter
in zh and en, each with 50 distinct formulas (25 inline, 25 display); the two languages share them,
so the site has 50 distinct formulas in all. Same arguments -> byte-identical output.

Usage: gen-math-site.py OUT_DIR
"""
import os
import sys

# Templates of the kinds of TeX a methodology chapter uses; {k} makes each formula distinct.
INLINE = [
    r"x_{{{k}}}",
    r"w_{k} = \frac{{1}}{{{k}}}",
    r"\sqrt{{x^2 + {k}}}",
    r"S_{k} = \sum_{{i=1}}^{{{k}}} w_i x_i",
    r"\alpha_{k} + \beta^{{{k}}}",
]
DISPLAY = [
    r"S = \sum_{{i=1}}^{{{k}}} w_i \, x_i",
    r"\bar{{x}} = \frac{{1}}{{{k}}} \sum_{{j=1}}^{{n}} x_j",
    r"z_{k} = \frac{{x - \mu}}{{\sigma_{{{k}}}}}",
    r"\begin{{pmatrix}} a_{k} & b \\ c & d_{k} \end{{pmatrix}}",
    r"g_{k} = \left( \frac{{x_t}}{{x_{{t-{k}}}}} \right)^{{1/{k}}} - 1",
]


def formulas(templates, start):
    return [templates[i % len(templates)].format(k=start + i) for i in range(25)]


def chapter(lang):
    inline, display = formulas(INLINE, 1), formulas(DISPLAY, 101)
    title = "指标方法" if lang == "zh" else "Method"
    lines = ["---", f"title: {title}", "---", ""]
    for i in range(25):
        if lang == "zh":
            lines += [f"## 第{i + 1}节", "", f"指标 ${inline[i]}$ 按下式计算：", ""]
        else:
            lines += [f"## Part {i + 1}", "", f"The indicator ${inline[i]}$ is computed as follows:", ""]
        lines += ["$$", display[i], "$$", ""]
    return "\n".join(lines)


def main():
    out = sys.argv[1]
    report = os.path.join(out, "reports", "math")
    for lang in ("zh", "en"):
        os.makedirs(os.path.join(report, lang), exist_ok=True)
        with open(os.path.join(report, lang, "01-method.md"), "w", encoding="utf-8") as f:
            f.write(chapter(lang))
    with open(os.path.join(out, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("title:\n  zh: 公式基准站点\n  en: Formula Benchmark Site\nlanguages: [zh, en]\n")
    with open(os.path.join(report, "report.yaml"), "w", encoding="utf-8") as f:
        f.write("title:\n  zh: 公式报告\n  en: Formula Report\nyear: 2024\n")


if __name__ == "__main__":
    main()
