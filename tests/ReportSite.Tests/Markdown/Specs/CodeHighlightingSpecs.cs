namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="ReportSite.Markdown.CodeHighlighting.CodeHighlightExtension"/>: Fenced code in a language the
/// grammars know is highlighted at build time, its tokens in spans of the theme's <c>hl-*</c> classes;
/// Markdig's <c>language-xxx</c> class stays on <c>&lt;code&gt;</c> and the code's characters are the ones
/// Markdig writes. Code in an unknown language, or none, is Markdig's plain <c>&lt;pre&gt;&lt;code&gt;</c>.
/// </summary>
public class CodeHighlightingSpecs
{
    [Theory]
    [InlineData("```python\nimport csv\n# 读取示例数据\nif len(rows) < 3 and ok:\n    print(\"a & b\")\n```",
                "<pre><code class=\"language-python\"><span class=\"hl-keyword\">import</span> csv\n<span class=\"hl-comment\"># 读取示例数据</span>\n<span class=\"hl-keyword\">if</span> <span class=\"hl-function\">len</span>(rows) &lt; <span class=\"hl-number\">3</span> <span class=\"hl-keyword\">and</span> ok:\n    <span class=\"hl-function\">print</span>(<span class=\"hl-string\">&quot;a &amp; b&quot;</span>)\n</code></pre>")]
    [InlineData("```json\n{\"name\": \"示例经济体01\", \"total\": 48.99, \"ok\": true, \"note\": null}\n```",
                "<pre><code class=\"language-json\">{<span class=\"hl-property\">&quot;name&quot;</span>: <span class=\"hl-string\">&quot;示例经济体01&quot;</span>, <span class=\"hl-property\">&quot;total&quot;</span>: <span class=\"hl-number\">48.99</span>, <span class=\"hl-property\">&quot;ok&quot;</span>: <span class=\"hl-constant\">true</span>, <span class=\"hl-property\">&quot;note&quot;</span>: <span class=\"hl-constant\">null</span>}\n</code></pre>")]
    [InlineData("```yaml\ntitle:\n  zh: 互联网发展蓝皮书  # 站点标题\nlanguages: [zh, en]\n```",
                "<pre><code class=\"language-yaml\"><span class=\"hl-tag\">title</span>:\n  <span class=\"hl-tag\">zh</span>: <span class=\"hl-string\">互联网发展蓝皮书</span>  <span class=\"hl-comment\"># 站点标题</span>\n<span class=\"hl-tag\">languages</span>: [<span class=\"hl-string\">zh</span>, <span class=\"hl-string\">en</span>]\n</code></pre>")]
    [InlineData("```bash\ncurl -o data.csv \"$SITE/en/data/wid-2024-sample.csv\" && wc -l data.csv\n```",
                "<pre><code class=\"language-bash\">curl -o data.csv <span class=\"hl-string\">&quot;</span><span class=\"hl-variable\">$SITE</span><span class=\"hl-string\">/en/data/wid-2024-sample.csv&quot;</span> &amp;&amp; wc -l data.csv\n</code></pre>")]
    [InlineData("```csharp\nvar rows = new List<string> { \"a<b\" }; // C#\n```",
                "<pre><code class=\"language-csharp\"><span class=\"hl-keyword\">var</span> rows = <span class=\"hl-keyword\">new</span> <span class=\"hl-type\">List</span>&lt;<span class=\"hl-keyword\">string</span>&gt; { <span class=\"hl-string\">&quot;a&lt;b&quot;</span> }; <span class=\"hl-comment\">// C#</span>\n</code></pre>")]
    [InlineData("```sql\nSELECT name FROM sample WHERE total > 40;\n```",
                "<pre><code class=\"language-sql\"><span class=\"hl-keyword\">SELECT</span> <span class=\"hl-keyword\">name</span> <span class=\"hl-keyword\">FROM</span> <span class=\"hl-keyword\">sample</span> <span class=\"hl-keyword\">WHERE</span> total &gt; <span class=\"hl-number\">40</span>;\n</code></pre>")]
    [InlineData("```javascript\nconst url = `${base}/data.csv`; // JS\n```",
                "<pre><code class=\"language-javascript\"><span class=\"hl-keyword\">const</span> <span class=\"hl-constant\">url</span> = <span class=\"hl-string\">`${</span><span class=\"hl-variable\">base</span><span class=\"hl-string\">}/data.csv`</span>; <span class=\"hl-comment\">// JS</span>\n</code></pre>")]
    [InlineData("```html\n<a href=\"/zh/\">首页 &amp; 目录</a>\n```",
                "<pre><code class=\"language-html\">&lt;<span class=\"hl-tag\">a</span> <span class=\"hl-attribute\">href</span>=<span class=\"hl-string\">&quot;/zh/&quot;</span>&gt;首页 <span class=\"hl-constant\">&amp;amp;</span> 目录&lt;/<span class=\"hl-tag\">a</span>&gt;\n</code></pre>")]
    [InlineData("```xml\n<report id=\"wid-2024\">蓝皮书</report>\n```",
                "<pre><code class=\"language-xml\">&lt;<span class=\"hl-tag\">report</span> <span class=\"hl-attribute\">id</span>=<span class=\"hl-string\">&quot;wid-2024&quot;</span>&gt;蓝皮书&lt;/<span class=\"hl-tag\">report</span>&gt;\n</code></pre>")]
    [InlineData("```css\n.prose pre { color: #1f2328; }\n```",
                "<pre><code class=\"language-css\"><span class=\"hl-attribute\">.prose</span> <span class=\"hl-tag\">pre</span> { <span class=\"hl-property\">color</span>: <span class=\"hl-constant\">#1f2328</span>; }\n</code></pre>")]
    [InlineData("```py\nx = 1\n```",
                "<pre><code class=\"language-py\">x = <span class=\"hl-number\">1</span>\n</code></pre>")]
    [InlineData("```YML\na: 1\n```",
                "<pre><code class=\"language-YML\"><span class=\"hl-tag\">a</span>: <span class=\"hl-number\">1</span>\n</code></pre>")]
    [InlineData("```sh\necho hi\n```",
                "<pre><code class=\"language-sh\"><span class=\"hl-function\">echo</span> hi\n</code></pre>")]
    public void Code_in_a_known_language_is_highlighted(string markdown, string html) =>
        Assert.Equal(html, Spec.Html(markdown));

    [Theory]
    [InlineData("```unknownlang\na < b && \"c\"\n```",
                "<pre><code class=\"language-unknownlang\">a &lt; b &amp;&amp; &quot;c&quot;\n</code></pre>")]
    [InlineData("```\n<p>a & b</p>\n```",
                "<pre><code>&lt;p&gt;a &amp; b&lt;/p&gt;\n</code></pre>")]
    [InlineData("```text\n纯文本 < 3\n```",
                "<pre><code class=\"language-text\">纯文本 &lt; 3\n</code></pre>")]
    [InlineData("    indented = 1 < 2\n",
                "<pre><code>indented = 1 &lt; 2\n</code></pre>")]
    [InlineData("```python\n```",
                "<pre><code class=\"language-python\"></code></pre>")]
    public void Code_in_an_unknown_language_or_none_stays_plain(string markdown, string html) =>
        Assert.Equal(html, Spec.Html(markdown));

    [Theory]
    [InlineData("- 第一项\n\n  ```python\n  x = 1  # 注释\n  ```\n- second",
                "<ul>\n<li><p>第一项</p>\n<pre><code class=\"language-python\">x = <span class=\"hl-number\">1</span>  <span class=\"hl-comment\"># 注释</span>\n</code></pre>\n</li>\n<li><p>second</p>\n</li>\n</ul>")]
    [InlineData("> Quote:\n>\n> ```yaml\n> a: \"<b>\"\n> ```",
                "<blockquote>\n<p>Quote:</p>\n<pre><code class=\"language-yaml\"><span class=\"hl-tag\">a</span>: <span class=\"hl-string\">&quot;&lt;b&gt;&quot;</span>\n</code></pre>\n</blockquote>")]
    public void Code_inside_a_list_or_a_quote_is_highlighted(string markdown, string html) =>
        Assert.Equal(html, Spec.Html(markdown));

    /// <summary>A data fence the data stage has not replaced (here, nothing resolves it) is the data extension's, never highlighted.</summary>
    [Fact]
    public void A_data_fence_is_left_to_the_data_extension() =>
        Assert.DoesNotContain("hl-", Spec.Html("```chart type=bar source=t label=a value=b\ncaption: \"x\"\n```"));
}
