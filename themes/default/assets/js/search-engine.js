// ReportSite search engine: tokenises queries exactly as the C# index builder does
// (src/ReportSite/Search/SearchTokenizer.cs; both are tested against tests/search-tokenize-cases.json),
// fetches only the index chunks that hold the query's terms, and ranks sections with the build-time
// BM25 weights. No DOM here: the page script (search-ui.js) and node (tests, benchmark) both use it.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.ReportSiteSearch = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // --- Tokenisation (keep in step with SearchTokenizer.cs) ---------------------------------

  function isCjk(cp) {
    return (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x20000 && cp <= 0x3134f);
  }

  var letterOrDigit = /^[\p{L}\p{Nd}]$/u;

  /** Tokens of a text: [{ text, isWord }] — CJK bigrams and words as written (lower case), in order. */
  function tokenize(text) {
    var tokens = [];
    var cjk = [];
    var word = "";
    function flushCjk() {
      if (cjk.length === 1) tokens.push({ text: cjk[0], isWord: false });
      for (var i = 0; i + 1 < cjk.length; i++) tokens.push({ text: cjk[i] + cjk[i + 1], isWord: false });
      cjk = [];
    }
    function flushWord() {
      if (word) tokens.push({ text: word, isWord: true });
      word = "";
    }
    for (var ch of text.normalize("NFKC").toLowerCase()) {
      var cp = ch.codePointAt(0);
      if (isCjk(cp)) { flushWord(); cjk.push(ch); }
      else if (letterOrDigit.test(ch)) { flushCjk(); word += ch; }
      else { flushWord(); flushCjk(); }
    }
    flushWord();
    flushCjk();
    return tokens;
  }

  // --- Index chunks (layout written by SearchIndexBuilder.cs) -------------------------------

  function decodeChunk(buffer) {
    var bytes = new Uint8Array(buffer);
    var pos = 0;
    var decoder = new TextDecoder();
    function varint() {
      var value = 0, shift = 0, b;
      do { b = bytes[pos++]; value += (b & 0x7f) * Math.pow(2, shift); shift += 7; } while (b & 0x80);
      return value;
    }
    var terms = new Map();
    var count = varint();
    for (var t = 0; t < count; t++) {
      var length = varint();
      var term = decoder.decode(bytes.subarray(pos, pos + length));
      pos += length;
      var df = varint();
      if (df === 0) {
        // A word the index saw, standing for its stem (the stem's entry holds the postings).
        var stemLength = varint();
        terms.set(term, { stem: decoder.decode(bytes.subarray(pos, pos + stemLength)) });
        pos += stemLength;
        continue;
      }
      var n = varint();
      var sections = new Int32Array(n);
      var impacts = new Uint8Array(n);
      var section = 0;
      for (var i = 0; i < n; i++) {
        section += varint();
        sections[i] = section;
        impacts[i] = bytes[pos++];
      }
      terms.set(term, { df: df, sections: sections, impacts: impacts });
    }
    return terms;
  }

  // Scoring constants: BM25 weights are quantised to 6 bits of k1 + 1; flags mark heading and title matches.
  var K1 = 1.2, WEIGHT_BITS = 63, IN_HEADING = 0x40, IN_TITLE = 0x80;
  var HEADING_BOOST = 1.2, TITLE_BOOST = 0.6, PREFIX_PENALTY = 0.85, SECONDARY_FACTOR = 0.9;

  function impactScore(impact) {
    return (impact & WEIGHT_BITS) / WEIGHT_BITS * (K1 + 1) +
      (impact & IN_HEADING ? HEADING_BOOST : 0) + (impact & IN_TITLE ? TITLE_BOOST : 0);
  }

  /**
   * One language's index. `load(url)` returns a promise of an ArrayBuffer (chunks), `loadJson(url)` of
   * parsed JSON (the manifest), `loadRange(url, start, end)` of the ArrayBuffer of bytes start..end-1 of
   * a file (text packs); the browser passes fetch-based loaders, node tests and the benchmark read files.
   */
  function Index(manifestUrl, language, load, loadJson, loadRange) {
    this.manifestUrl = manifestUrl;
    this.language = language;
    this.load = load;
    this.loadJson = loadJson;
    this.loadRange = loadRange;
    this.chunks = new Map();
    this.fragments = new Map();
    this.manifest = null;
    this.loaded = null;
  }

  Index.prototype.ready = function () {
    var self = this;
    if (!this.loaded) this.loaded = this.loadJson(this.manifestUrl).then(function (m) { self.manifest = m; return m; });
    return this.loaded;
  };

  /** URL of an index file: relative to the manifest, inside its content-hashed folder. */
  Index.prototype.url = function (relative) {
    return this.manifestUrl.replace(/[^/]*$/, "") + this.manifest.base + relative;
  };

  /** Chunk numbers that may hold `term` (exact), or every term starting with it (prefix). */
  function chunksFor(manifest, term, prefix) {
    var chunks = manifest.chunks;
    var lo = 0, hi = chunks.length - 1, first = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (chunks[mid] <= term) { first = mid; lo = mid + 1; } else hi = mid - 1;
    }
    var result = [first];
    if (prefix) for (var i = first + 1; i < chunks.length && chunks[i].startsWith(term); i++) result.push(i);
    return result;
  }

  Index.prototype.chunk = function (number) {
    var self = this;
    if (!this.chunks.has(number)) {
      this.chunks.set(number, this.load(this.url("c/" + number + ".bin")).then(decodeChunk));
    }
    return this.chunks.get(number);
  };

  /** The entry of exactly `term` (postings, or the stem a word stands for), or undefined. */
  Index.prototype.entry = function (term) {
    return this.chunk(chunksFor(this.manifest, term, false)[0]).then(function (terms) { return terms.get(term); });
  };

  /**
   * The postings a query token matches: [{ term, postings, exact }]. Words are looked up as written and
   * followed to their stems (the index lists every word it saw whose stem differs); the last word of
   * the query also matches every indexed word it begins (prefix). A word the index never saw matches
   * the longest indexed term it begins with, at most four letters shorter ("refreshing" finds
   * "refresh"), as a prefix match.
   */
  Index.prototype.lookup = function (token) {
    var self = this;
    var numbers = chunksFor(this.manifest, token.text, token.prefix);
    return Promise.all(numbers.map(function (n) { return self.chunk(n); })).then(function (maps) {
      var found = [];
      var nearest = null;
      maps.forEach(function (terms) {
        terms.forEach(function (entry, term) {
          var exact = term === token.text;
          if (exact || (token.prefix && term.startsWith(token.text))) found.push({ term: term, entry: entry, exact: exact });
          else if (token.isWord && term.length >= 3 && term.length >= token.text.length - 4 && token.text.startsWith(term) &&
            (!nearest || term.length > nearest.term.length)) nearest = { term: term, entry: entry, exact: false };
        });
      });
      if (!found.some(function (f) { return f.exact; }) && nearest) found.push(nearest);
      return Promise.all(found.map(function (f) {
        if (f.entry.stem === undefined) return { term: f.term, postings: f.entry, exact: f.exact };
        return self.entry(f.entry.stem).then(function (stem) {
          return stem && stem.stem === undefined ? { term: f.entry.stem, postings: stem, exact: f.exact } : null;
        });
      }));
    }).then(function (list) {
      var byTerm = new Map();
      list.forEach(function (m) {
        if (!m) return;
        var seen = byTerm.get(m.term);
        if (!seen || (m.exact && !seen.exact)) byTerm.set(m.term, m);
      });
      return Array.from(byTerm.values());
    });
  };

  /**
   * Scores sections for a query: [{ index, section, score, matched }], best first, and the index terms
   * the query matched (`terms`, for marking snippets). A section need not match every query token, but
   * its score is multiplied by the squared share it matches.
   */
  Index.prototype.search = function (query) {
    var self = this;
    var tokens = tokenize(query);
    return this.ready().then(function (manifest) {
      if (!tokens.length || !manifest.chunks.length) return [];
      var unique = [];
      tokens.forEach(function (token, i) {
        var prefix = token.isWord && i === tokens.length - 1;
        if (!unique.some(function (u) { return u.text === token.text && u.prefix === prefix; })) unique.push({ text: token.text, prefix: prefix, isWord: token.isWord });
      });
      return Promise.all(unique.map(function (token) {
        return self.lookup(token).then(function (matches) { return { token: token, matches: matches }; });
      })).then(function (found) {
        var total = manifest.sections;
        var scores = new Map();
        var matchedTerms = [];
        found.forEach(function (entry) {
          var best = new Map();
          entry.matches.forEach(function (match) {
            matchedTerms.push(match.term);
            var postings = match.postings;
            var idf = Math.log(1 + (total - postings.df + 0.5) / (postings.df + 0.5));
            var factor = match.exact ? 1 : PREFIX_PENALTY;
            for (var i = 0; i < postings.sections.length; i++) {
              var s = idf * impactScore(postings.impacts[i]) * factor;
              var section = postings.sections[i];
              if ((best.get(section) || 0) < s) best.set(section, s);
            }
          });
          best.forEach(function (s, section) {
            var hit = scores.get(section);
            if (!hit) scores.set(section, hit = { section: section, score: 0, matched: 0 });
            hit.score += s;
            hit.matched++;
          });
        });
        var results = Array.from(scores.values());
        var secondaryFrom = manifest.secondaryFrom === undefined ? total : manifest.secondaryFrom;
        results.forEach(function (r) {
          var coverage = r.matched / found.length;
          r.score *= coverage * coverage * (r.section >= secondaryFrom ? SECONDARY_FACTOR : 1);
          r.index = self;
          r.terms = matchedTerms;
        });
        results.sort(function (a, b) { return b.score - a.score || a.section - b.section; });
        return results;
      });
    });
  };

  /**
   * The text of a section: { u: url, t: page title, h: heading, c: context, x: text }. It is record
   * i % sectionsPerPack of the pack t/(i / sectionsPerPack).bin, which starts with little-endian 32-bit
   * offsets (TextPackWriter.cs): two range requests, the record's two offsets, then the record, which
   * is raw DEFLATE.
   */
  Index.prototype.fragment = function (section) {
    if (!this.fragments.has(section)) {
      var self = this;
      var perPack = this.manifest.sectionsPerPack;
      var url = this.url("t/" + Math.floor(section / perPack) + ".bin");
      var record = section % perPack;
      this.fragments.set(section, this.loadRange(url, 4 * record, 4 * record + 8).then(function (buffer) {
        var offsets = new DataView(buffer);
        return self.loadRange(url, offsets.getUint32(0, true), offsets.getUint32(4, true));
      }).then(function (buffer) {
        var inflated = new Blob([buffer]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
        return new Response(inflated).json();
      }));
    }
    return this.fragments.get(section);
  };

  // --- Phrases and snippets -----------------------------------------------------------------

  /** Runs of the query that should appear together: CJK runs, and the Latin words in sequence. */
  function phrases(query) {
    var normalized = query.normalize("NFKC").toLowerCase();
    var runs = normalized.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,}/gu) || [];
    var words = normalized.match(/[\p{L}\p{Nd}]+/gu) || [];
    var latin = words.filter(function (w) { return !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(w); });
    // A pasted page of a query is still answered; its phrase boost looks at the first words only.
    if (latin.length > 1) runs.push(latin.slice(0, 32));
    return runs;
  }

  // The words of the phrase one after the other, the first possibly ending a longer word and the
  // last starting one. Compared word by word, not with a regular expression built from the query:
  // a query of thousands of words made one too large to compile ("the index could not be loaded").
  function containsPhrase(text, phrase) {
    if (typeof phrase === "string") return text.indexOf(phrase) >= 0;
    var words = text.match(/[\p{L}\p{Nd}]+/gu) || [];
    var last = phrase.length - 1;
    for (var i = 0; i + last < words.length; i++) {
      var j = 0;
      while (j <= last && (j === 0 ? words[i].endsWith(phrase[0]) : j === last ? words[i + j].startsWith(phrase[j]) : words[i + j] === phrase[j])) j++;
      if (j > last) return true;
    }
    return false;
  }

  /** A status label with its {n} and {q} filled in, the query as written ("$&" in it is text, not a replacement pattern). */
  function formatLabel(label, count, query) {
    return label.split("{n}").join(String(count)).split("{q}").join(query);
  }

  /** Boost for sections that contain the query's phrases as written (adjacent terms). */
  function phraseBoost(query, fragment) {
    var text = (fragment.t + "\n" + fragment.h + "\n" + fragment.x).normalize("NFKC").toLowerCase();
    var list = phrases(query);
    if (!list.length) return 1;
    var hits = list.filter(function (p) { return containsPhrase(text, p); }).length;
    return 1 + hits / list.length;
  }

  /**
   * A snippet of `text` around the first match: [{ text, mark }] pieces, marked where a query term
   * matches (whole CJK runs or their bigrams; Latin words by prefix), or one of `terms` (the index
   * terms the query matched, as a search result gives them).
   */
  function snippet(query, text, width, terms) {
    width = width || 140;
    var lower = text.toLowerCase();
    var needles = [];
    phrases(query).forEach(function (p) { if (typeof p === "string") needles.push(p); });
    tokenize(query).forEach(function (t) { needles.push(t.text); });
    // The index terms the query matched: the stems of its words ("refresh" for "refreshing").
    (terms || []).forEach(function (t) { if (needles.indexOf(t) < 0) needles.push(t); });
    var ranges = [];
    needles.forEach(function (needle) {
      if (!needle) return;
      var from = 0, at;
      while ((at = lower.indexOf(needle, from)) >= 0) {
        var end = at + needle.length;
        if (/^[\p{L}\p{Nd}]/u.test(needle)) {
          if (at > 0 && /[\p{L}\p{Nd}]/u.test(lower[at - 1]) && !isCjk(lower.codePointAt(at))) { from = at + 1; continue; }
          while (end < lower.length && /[a-z0-9]/.test(lower[end])) end++;
        }
        ranges.push([at, end]);
        from = at + needle.length;
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push([r[0], r[1]]);
    });
    var start = merged.length ? Math.max(0, merged[0][0] - Math.floor(width / 3)) : 0;
    var end = Math.min(text.length, start + width);
    var pieces = [];
    if (start > 0) pieces.push({ text: "…", mark: false });
    var cursor = start;
    merged.forEach(function (r) {
      if (r[1] <= start || r[0] >= end) return;
      var a = Math.max(r[0], start), b = Math.min(r[1], end);
      if (a > cursor) pieces.push({ text: text.slice(cursor, a), mark: false });
      pieces.push({ text: text.slice(a, b), mark: true });
      cursor = b;
    });
    if (cursor < end) pieces.push({ text: text.slice(cursor, end), mark: false });
    if (end < text.length) pieces.push({ text: "…", mark: false });
    return pieces;
  }

  /**
   * Searches several indexes (this language, or all), fetches the top candidates' fragments,
   * re-ranks them by phrase matches and returns { total, results: [{ fragment, score, index, terms }] }
   * (`terms`: the index terms the query matched, for `snippet`).
   */
  function run(indexes, query, limit) {
    limit = limit || 10;
    return Promise.all(indexes.map(function (index) { return index.search(query); })).then(function (lists) {
      var all = [].concat.apply([], lists).sort(function (a, b) { return b.score - a.score; });
      var candidates = all.slice(0, Math.min(all.length, limit + 5));
      return Promise.all(candidates.map(function (c) {
        return c.index.fragment(c.section).then(function (fragment) {
          return { fragment: fragment, score: c.score * phraseBoost(query, fragment), index: c.index, terms: c.terms };
        });
      })).then(function (results) {
        results.sort(function (a, b) { return b.score - a.score; });
        return { total: all.length, results: results.slice(0, limit), ranked: all };
      });
    });
  }

  return {
    tokenize: tokenize,
    decodeChunk: decodeChunk,
    Index: Index,
    run: run,
    snippet: snippet,
    phraseBoost: phraseBoost,
    formatLabel: formatLabel,
  };
});
