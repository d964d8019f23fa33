#!/usr/bin/env python3
"""Flattens extracted npm packages' bilingual docs into ReportSite's content model.

    python3 tests/fidelity/flatten.py <extracted-packages-dir> <corpus-dir>

(run by fetch-corpus.sh). For each package in PACKAGES, every Markdown page that exists in both
Chinese and English becomes one chapter pair of the report <package>:

    <corpus>/input/site.yaml
    <corpus>/input/reports/<package>/report.yaml
    <corpus>/input/reports/<package>/{zh,en}/NN-<slug>.md
    <corpus>/SOURCES.tsv        which source file each chapter is, per language
    <corpus>/LICENSES/          each package's licence text, and ATTRIBUTION.md

Pairs are found by path: the language marker (README.zh-CN.md, README_cn.md, zh-CN.md,
README.en-US.md, ...) is taken off the file name, and files left with the same name in the same
folder are one page; an unmarked file is the language its marked partner is not.

The Markdown after the source's own front matter is kept byte for byte, with one exception:
a relative link (inline `[x](target)`, a reference definition `[x]: target`, or a raw HTML
`href="target"`/`src="target"`) whose target is another page of the corpus is rewritten to that
page's new file name (in the other language's folder when it points at the translation). Nothing
else is fixed, so the corpus shows what real documents do to ReportSite. The source's own front
matter (Docusaurus-style keys such as `subtitle`, `path`, `group`, `preview`) is replaced by
ReportSite's: `title` from the page's leading H1 (ReportSite shows that H1 as the title, so the
title must be its text), else the source front matter's title, else the first heading, else the
file name; a comment in the front matter names the source file.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

# package -> (version, licence, copyright holder, folders whose direct children hold pages, report titles)
PACKAGES = {
    "mand-mobile": ("2.7.0", "Apache-2.0", "Didi (didi/mand-mobile)", ["", "components/*"],
                    {"zh": "Mand Mobile 组件文档", "en": "Mand Mobile component docs"}),
    "zent": ("10.0.18", "MIT", "Youzan FE (youzan/zent)", ["", "src/*"],
             {"zh": "Zent 组件文档", "en": "Zent component docs"}),
    "vant": ("2.0.1", "MIT", "Copyright 2016-present Youzan (youzan/vant)", ["", "packages/*"],
             {"zh": "Vant 2.0 组件文档", "en": "Vant 2.0 component docs"}),
    "weex-ui": ("0.8.6", "Apache-2.0", "The Apache Software Foundation and the Weex Ui authors (apache/incubator-weex-ui)",
                ["", "packages/*"], {"zh": "Weex Ui 组件文档", "en": "Weex Ui component docs"}),
}

# A language marker at the end of a file stem, and the language it names.
MARKERS = [
    (re.compile(r"[._-]zh[-_]?cn$", re.I), "zh"),
    (re.compile(r"^zh[-_]?cn$", re.I), "zh"),
    (re.compile(r"_cn$", re.I), "zh"),
    (re.compile(r"[._-]en[-_]?us$", re.I), "en"),
    (re.compile(r"^en[-_]?us$", re.I), "en"),
]
SKIP_STEMS = {"code_of_conduct", "issue_template", "pull_request_template", "notice"}


@dataclass
class Page:
    key: str            # folder + stem without language marker, e.g. "components/button/README"
    slug: str
    sources: dict       # language -> path relative to the package
    new_name: str = ""  # NN-slug.md


def language_of(stem: str):
    for pattern, language in MARKERS:
        match = pattern.search(stem)
        if match:
            rest = stem[: match.start()]
            return (rest or "index"), language
    return stem, None


def find_pages(package_dir: Path, folders: list[str]) -> list[Page]:
    candidates: dict[str, dict] = {}
    for pattern in folders:
        dirs = [package_dir] if pattern == "" else sorted(p for p in package_dir.glob(pattern) if p.is_dir())
        for folder in dirs:
            for file in sorted(folder.glob("*.md")):
                stem, language = language_of(file.stem)
                if stem.lower() in SKIP_STEMS:
                    continue
                key = str((folder / stem).relative_to(package_dir))
                candidates.setdefault(key, {})[language] = str(file.relative_to(package_dir))
    pages = []
    for key, by_language in sorted(candidates.items()):
        unmarked = by_language.pop(None, None)
        if unmarked is not None:
            missing = {"zh", "en"} - set(by_language)
            if len(missing) != 1:
                continue
            by_language[missing.pop()] = unmarked
        if set(by_language) != {"zh", "en"}:
            continue
        pages.append(Page(key, slug_of(key), by_language))
    # The package's own README first, then the other top-level pages, then the components by name.
    pages.sort(key=lambda p: ("/" in p.key, p.key.lower() != "readme", p.key.lower()))
    for number, page in enumerate(pages, start=1):
        page.new_name = f"{number:02d}-{page.slug}.md"
    return pages


def slug_of(key: str) -> str:
    parts = key.split("/")
    # components/button/README -> button; packages/button/index -> button; README -> readme
    name = parts[-2] if len(parts) > 1 and parts[-1].lower() in ("readme", "index") else parts[-1]
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "page"


FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$")
HTML_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.I | re.S)


def split_front_matter(text: str):
    match = FRONT_MATTER.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end():]


def title_of(front_matter: str | None, body: str, fallback: str) -> str:
    """The body's leading H1 (which ReportSite shows as the title, so its text must be the title),
    else the source front matter's title, else the first heading, else the file name."""
    first_line = next((line for line in body.splitlines() if line.strip()), "")
    leading = re.match(r"^ {0,3}#[ \t]+(.+?)[ \t#]*$", first_line)
    if leading:
        return plain(leading.group(1))
    if front_matter:
        match = re.search(r"^title:[ \t]*(.+?)[ \t]*$", front_matter, re.M)
        if match:
            return match.group(1).strip("'\"")
    in_fence = None
    for line in body.splitlines():
        fence = FENCE.match(line)
        if fence:
            marker = fence.group(1)
            if in_fence is None:
                in_fence = marker[0]
            elif marker[0] == in_fence:
                in_fence = None
            continue
        if in_fence:
            continue
        heading = HEADING.match(line)
        if heading:
            return plain(heading.group(1))
        html = HTML_HEADING.search(line)
        if html:
            return plain(html.group(1))
    return fallback


def plain(markdown: str) -> str:
    """A heading's text without links, emphasis and tags, for a title."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"[*_`]", "", text)
    return text.strip() or markdown.strip()


# Link targets: inline links and images, reference definitions, raw HTML href/src.
INLINE_LINK = re.compile(r"(\]\()(<?)([^)\s>]+)")
REFERENCE = re.compile(r"^( {0,3}\[[^\]]+\]:[ \t]*)(<?)(\S+)", re.M)
HTML_ATTRIBUTE = re.compile(r"""(\b(?:href|src)=)(["'])([^"']+)""", re.I)


def remap_links(body: str, source: str, language: str, pages_by_source: dict) -> tuple[str, int]:
    """Rewrites relative links to corpus pages outside code; returns the text and the number rewritten."""
    count = 0

    def target(url: str) -> str | None:
        if re.match(r"^[a-z][a-z0-9+.-]*:|^//|^#|^/", url, re.I):
            return None
        path, hash_mark, anchor = url.partition("#")
        resolved = os.path.normpath(os.path.join(os.path.dirname(source), path)) if path else None
        if resolved not in pages_by_source:
            return None
        page, page_language = pages_by_source[resolved]
        prefix = "" if page_language == language else f"../{page_language}/"
        return prefix + page.new_name + (hash_mark + anchor)

    def replace(match: re.Match) -> str:
        nonlocal count
        new = target(match.group(3))
        if new is None:
            return match.group(0)
        count += 1
        return match.group(1) + match.group(2) + new

    out, in_fence = [], None
    for line in body.splitlines(keepends=True):
        fence = FENCE.match(line)
        if fence:
            marker = fence.group(1)
            if in_fence is None:
                in_fence = marker[0]
            elif marker[0] == in_fence:
                in_fence = None
            out.append(line)
            continue
        if in_fence or line.startswith("    ") or line.startswith("\t"):
            out.append(line)
            continue
        line = INLINE_LINK.sub(replace, line)
        line = REFERENCE.sub(replace, line)
        line = HTML_ATTRIBUTE.sub(replace, line)
        out.append(line)
    return "".join(out), count


def yaml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def main(packages_dir: Path, corpus: Path) -> None:
    if corpus.exists():
        shutil.rmtree(corpus)
    (corpus / "input" / "reports").mkdir(parents=True)
    (corpus / "LICENSES").mkdir()
    (corpus / "input" / "site.yaml").write_text(
        "# The fidelity corpus: real bilingual component docs from npm packages (see ../LICENSES/ATTRIBUTION.md).\n"
        "title: {zh: 保真语料, en: Fidelity corpus}\n"
        "languages: [zh, en]\n", encoding="utf-8")
    sources, attribution, totals = [], [], {"pages": 0, "links": 0}
    for order, (name, (version, licence, holder, folders, titles)) in enumerate(PACKAGES.items(), start=1):
        package_dir = packages_dir / name
        manifest = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))
        assert manifest["version"] == version, f"{name}: expected {version}, found {manifest['version']}"
        pages = find_pages(package_dir, folders)
        pages_by_source = {os.path.normpath(path): (page, language) for page in pages for language, path in page.sources.items()}
        report = corpus / "input" / "reports" / name
        report.mkdir(parents=True)
        (report / "report.yaml").write_text(
            f"title: {{zh: {yaml_string(titles['zh'])}, en: {yaml_string(titles['en'])}}}\n"
            f"summary: {{zh: {yaml_string(f'{name}@{version} 随 npm 包发布的文档（{licence}）。')}, "
            f"en: {yaml_string(f'The docs shipped in the npm package {name}@{version} ({licence}).')}}}\n"
            f"year: 2024\norder: {order}\n", encoding="utf-8")
        for page in pages:
            for language in ("zh", "en"):
                source = page.sources[language]
                text = (package_dir / source).read_bytes().decode("utf-8")
                front_matter, body = split_front_matter(text)
                body, rewritten = remap_links(body, source, language, pages_by_source)
                totals["links"] += rewritten
                title = title_of(front_matter, body, Path(source).stem)
                header = (f"---\n# {name}@{version}/{source} ({licence})\ntitle: {yaml_string(title)}\n---\n")
                target = report / language / page.new_name
                target.parent.mkdir(exist_ok=True)
                target.write_bytes((header + body).encode("utf-8"))
                sources.append(f"{name}\t{version}\t{licence}\t{language}/{page.new_name}\t{source}\t{rewritten}")
                totals["pages"] += 1
        for licence_file in ("LICENSE", "NOTICE"):
            if (package_dir / licence_file).exists():
                shutil.copy(package_dir / licence_file, corpus / "LICENSES" / f"{name}-{licence_file}.txt")
        attribution.append(f"| {name} | {version} | {licence} | {holder} | {len(pages)} |")
    (corpus / "SOURCES.tsv").write_text(
        "package\tversion\tlicence\tchapter\tsource\tlinks_rewritten\n" + "\n".join(sources) + "\n", encoding="utf-8")
    (corpus / "LICENSES" / "ATTRIBUTION.md").write_text(ATTRIBUTION.format(rows="\n".join(attribution)), encoding="utf-8")
    print(f"{totals['pages']} pages ({totals['pages'] // 2} zh/en pairs), {totals['links']} links rewritten -> {corpus}")


ATTRIBUTION = """# Fidelity corpus: sources and licences

Every chapter under `input/reports/<package>/` is a documentation page taken unchanged (see
`tests/fidelity/flatten.py` for the two things the flattening touches: front matter and links
between corpus pages) from the npm package named by its report folder. `../SOURCES.tsv` maps each
chapter to its source file. The pages remain the work of their authors under the package's licence:

| package | version | licence | copyright | zh/en pairs |
| --- | --- | --- | --- | --- |
{rows}

Licence texts: `<package>-LICENSE.txt` (and `-NOTICE.txt`) in this folder, copied from each
package's tarball. zent@10.0.18 ships no LICENSE file; its package.json declares `"license": "MIT"`
and `"author": "Youzan FE"`, so `zent-LICENSE.txt` is the MIT licence text with that holder.
mand-mobile@2.7.0's package.json says `"license": "Apache"`; its LICENSE file is the Apache License 2.0.
"""

MIT_ZENT = """MIT License

Copyright (c) Youzan FE

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
    zent_licence = Path(sys.argv[2]) / "LICENSES" / "zent-LICENSE.txt"
    if not zent_licence.exists():
        zent_licence.write_text(MIT_ZENT, encoding="utf-8")
