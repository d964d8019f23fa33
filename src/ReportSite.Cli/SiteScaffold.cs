namespace ReportSite.Cli;

/// <summary>The files of a new site (<c>reportsite new</c>): the smallest complete example of the content model.</summary>
public static class SiteScaffold
{
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        (".gitignore", "_site/\n"),
        ("README.md", """
            # My Reports

            A bilingual (Chinese + English) report website built with [ReportSite](https://www.nuget.org/packages/ReportSite.Cli).
            The content is in `input/`; the site is published to GitHub Pages by `.github/workflows/pages.yml`.

            ## Preview

            Install the .NET SDK 10 once, then in this folder:

            ```sh
            dotnet tool restore          # installs the ReportSite version pinned in .config/dotnet-tools.json
            dotnet reportsite serve      # preview at http://127.0.0.1:5080/, updated as you save
            ```

            `dotnet reportsite check` lists every problem (broken links, missing translations) as
            `file:line:col` with a hint; `dotnet reportsite build` writes the site to `_site/`.

            ## Add a chapter and its translation

            A report is a folder in `input/reports/` with a `report.yaml` and one folder per language.
            A chapter is a Markdown file whose name starts with its number; its translation has the same
            file name in the other language's folder:

            ```
            input/reports/annual-report/zh/03-outlook.md
            input/reports/annual-report/en/03-outlook.md
            ```

            Each starts with front matter (`title:`, optionally `summary:`), then the text. Link to another
            chapter by its file name, e.g. `[key findings](02-findings.md)`.

            ## Keep translations in step

            When you finish translating a chapter, stamp it with the version of the original it was made from:

            ```sh
            dotnet reportsite check --translations --stamp input/reports/annual-report/en/03-outlook.md
            ```

            `dotnet reportsite check --translations` then shows which translations are missing, up to date,
            or stale (the original changed since the stamp).

            ## Publish

            Push to GitHub and enable Pages once (Settings → Pages → Source: GitHub Actions). Every push to
            `main` then checks the content, builds the site and its PDFs and publishes it, also as a project
            site under `https://<owner>.github.io/<repo>/`.

            To move to a newer ReportSite: `dotnet tool update reportsite.cli`, then
            `dotnet reportsite new --update .` to refresh the workflow and the pinned version (your content
            is not touched).

            """),
        ("input/site.yaml", """
            # The site: its title and description in each language, the languages (first is the default)
            # and where it will be published (an absolute URL gives absolute canonical links and a sitemap).
            title:
              zh: 我的报告
              en: My Reports
            description:
              zh: 中英双语报告网站。
              en: A bilingual report website.
            languages: [zh, en]
            base_url: /

            """),
        ("input/reports/annual-report/report.yaml", """
            title:
              zh: 年度报告
              en: Annual Report
            summary:
              zh: 一份年度报告的示例：每一章都有中文和英文两个版本。
              en: An example annual report, with every chapter in Chinese and in English.
            publisher:
              zh: 编写单位
              en: The Publisher
            year: 2025

            """),
        ("input/reports/annual-report/zh/01-introduction.md", """
            ---
            title: 引言
            summary: 本章说明报告的结构。
            ---

            ## 报告结构

            每一章是一个 Markdown 文件；中文和英文版本使用相同的文件名，例如 `zh/01-introduction.md` 与 `en/01-introduction.md`。

            ## 下一步

            继续阅读[主要发现](02-findings.md#sec-1)。

            """),
        ("input/reports/annual-report/en/01-introduction.md", """
            ---
            title: Introduction
            summary: This chapter explains how the report is organised.
            ---

            ## How the report is organised

            Each chapter is a Markdown file; the Chinese and English versions share a file name, such as `zh/01-introduction.md` and `en/01-introduction.md`.

            ## Next

            Read on to the [key findings](02-findings.md#sec-1).

            """),
        ("input/reports/annual-report/zh/02-findings.md", """
            ---
            title: 主要发现
            summary: 本章列出主要发现。
            ---

            ## 发现

            - 第一项发现。
            - 第二项发现[^1]。

            [^1]: 脚注写在章节末尾。

            """),
        ("input/reports/annual-report/en/02-findings.md", """
            ---
            title: Key Findings
            summary: This chapter lists the key findings.
            ---

            ## Findings

            - The first finding.
            - The second finding[^1].

            [^1]: Footnotes go at the end of the chapter.

            """),
        ("input/pages/zh/about.md", """
            ---
            title: 关于
            ---

            ## 关于本站

            本站由 ReportSite 生成。

            """),
        ("input/pages/en/about.md", """
            ---
            title: About
            ---

            ## About this site

            This site is built with ReportSite.

            """),
    ];
}
