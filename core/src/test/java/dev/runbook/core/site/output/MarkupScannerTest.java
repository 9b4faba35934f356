package dev.runbook.core.site.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.site.SiteBuilder;
import dev.runbook.core.site.SiteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner against jsoup, the reference: wherever the scanner reads a page it must find exactly
 * what jsoup's parse finds (same ids, same URL attributes and values in the same order, same event
 * handlers, same refresh targets); where it cannot, it must say so and leave the page to jsoup.
 */
class MarkupScannerTest {
  static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));

  @TempDir Path tmp;

  /** {@link #sameAsJsoup(byte[])} of {@code html} in UTF-8. */
  static boolean sameAsJsoup(String html) {
    return sameAsJsoup(html.getBytes(UTF_8));
  }

  /**
   * Scans the page and parses it, decoded; asserts equal findings if the scanner read it; returns
   * whether it did.
   */
  static boolean sameAsJsoup(byte[] utf8) {
    PageFindings fast = new PageFindings();
    boolean read = MarkupScanner.scan(utf8, fast);
    if (read) {
      String html = new String(utf8, UTF_8);
      PageFindings jsoup = PageFindings.parse(html);
      String page = describe(utf8);
      assertThat(fast.ids).as("ids of %s", page).isEqualTo(jsoup.ids);
      assertThat(new ArrayList<>(fast.urls)).as("urls of %s", page).isEqualTo(new ArrayList<>(jsoup.urls));
      assertThat(new ArrayList<>(fast.handlers)).as("handlers of %s", page).isEqualTo(new ArrayList<>(jsoup.handlers));
    }
    return read;
  }

  /** The page decoded, and its bytes too where it is not valid UTF-8. */
  static String describe(byte[] utf8) {
    String html = new String(utf8, UTF_8);
    return Arrays.equals(html.getBytes(UTF_8), utf8) ? html : html + " (bytes " + HexFormat.of().formatHex(utf8) + ")";
  }

  /** Where the scanner gives up on {@code html} in UTF-8 (a byte offset), or -1. */
  static int refusal(String html) {
    return MarkupScanner.refusal(html.getBytes(UTF_8));
  }

  // ------------------------------------------------------------------ whole generated sites

  @ParameterizedTest
  @ValueSource(strings = {"core/src/test/resources/site/fixture", "core/src/test/resources/site/xss", "runbooks"})
  void everyPageOfAGeneratedSiteIsReadWithoutJsoupAndTheSame(String folder) throws Exception {
    Path root = BASEDIR.resolve("..").resolve(folder).toAbsolutePath().normalize();
    Path site = tmp.resolve("site");
    List<Rule> rules = new CheckRunner().rules();
    Config config = Files.exists(root.resolve("runbook.yml"))
        ? new ConfigLoader(new CheckRunner().ruleIds()).load(root.resolve("runbook.yml"))
        : Config.DEFAULT;
    RunbookSet set = new RunbookSetLoader(config.exclude(), config.documents(), new RunbookParser(), 2).load(root);
    new SiteBuilder(SiteOptions.of(site, LocalDate.of(2026, 11, 28))
        .withChecks(rules.stream().map(Rule::info).toList(), Optional.empty()).withThreads(2))
        .build(set, config);

    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(5);
    for (Path page : pages) {
      byte[] html = Files.readAllBytes(page);
      int refused = MarkupScanner.refusal(html);
      assertThat(sameAsJsoup(html)).as("scanner reads %s, gives up at %s", site.relativize(page),
          refused < 0 ? "" : new String(html, refused, Math.min(html.length - refused, 200), UTF_8)).isTrue();
    }
  }

  // ------------------------------------------------------------------ hand-written markup

  static Stream<String> tricky() {
    return Stream.of(
        "<a href=plain.html id=u1>unquoted</a><a href='single.html' id='s1'>single</a>",
        "<a href=\"a>b.html\" title='x>y' id=\"q>1\">gt inside quotes</a>",
        "<A HREF=\"UP.html\" ID=Upper>upper</A><DIV Id=\"MiXeD\" OnClick=x()></DIV>",
        "<a name=\"old-anchor\"></a><a NAME=second></a><p name=\"not-an-id\"></p>",
        "<!-- <a href=\"commented.html\" id=c> --><a href=\"real.html\">r</a><!----><!---><a href=after.html>",
        "<!-- a -- b --!><a href=x1.html><!-- -- > still comment --><a href=x2.html>",
        "<script>var s = \"<a href='x'>\"; if (a < b) {}</script><a href=\"after-script.html\">",
        "<script>document.write('</scr' + 'ipt>')</script><p id=after-split>",
        "<script type=text/javascript>x = '</scripts>'; y = \"</script\" </script><a href=s.html>",
        "<style>a[href=\"x\"] { color: red } </style ><a href=styled.html>",
        "<textarea><a href=\"in-textarea.html\"></textarea><title>t</title><a href=t.html>",
        "<a href=\"a.html?x=1&amp;y=2\">amp</a><a href=\"it&#x27;s.html\">hex</a><a href='&#39;d'>dec</a>",
        "<a href=\"caf&eacute;.html\">named</a><a href=\"&notin;\">notin</a><a href=\"&amp\">bare</a>",
        "<a href=\"&ampx=1\">no decode</a><a href=\"&amp=1\">eq</a><a href=x&amp;y>unquoted amp</a>",
        "<a href=\"#\" href=\"second.html\" HREF=third.html id=dup ID=dup2>dup</a>",
        "<img src=\"i.png\"/><br/><input type=checkbox checked/><a href=sc.html/>self-closing</a>",
        "<p>1 < 2 and 3 <= 4, a <3 b, <. <</p><a href=lt.html>",
        "<p>tail <",
        "<p id=\"a\"id=\"b\" class=c>no space between</p>",
        "<a href = \"spaced.html\" id = spaced >s</a>",
        "<a href=\"x.html\" =weird \"q=1 'r=2>w</a><a <id=lt>",
        "<a/href=\"slash.html\"/id=sl>x</a><a href=\"y.html\"/ >",
        "<meta http-equiv=\"refresh\" content=\"0; URL=next.html\"><meta content=\"5;url='q.html'\" HTTP-EQUIV=Refresh>",
        "<meta http-equiv=refresh content=\"0\"><meta name=description content=\"url=not-a-refresh\">",
        "<a href=\"javascript:alert(1)\">js</a><a href=\" JaVaScRiPt:x\">js2</a><a href=\"java&#x09;script:x\">tab</a>",
        "<img src=\"data:image/png;base64,xx\" srcset=\"a.png 1x, b.png 2x\"><video poster=p.png></video>",
        "<form action=\"go.html\"><button formaction=\"other.html\">go</button></form>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD>X\" \"http://x\"><a href=d.html>",
        "<!DOCTYPE >\n<html id=swallowed-by-the-doctype><p id=kept>",
        "<!DOCTYPEl>\n<br onclick=x()><a href=after.html>",
        "<!doctypehtml><a href=x.html>",
        "<!doctype html public \"-//W3C//DTD XHTML 1.0 Strict//EN\" 'http://www.w3.org/TR/xhtml1/DTD/x.dtd'>"
            + "<a href=y.html>",
        "<!DOCTYPE html SYSTEM \"about:legacy-compat\"><a href=z.html>",
        "<!DOCTYPE html junk \"a>b\"><a href=bogus.html>",
        "<!DOCTYPE html PUBLIC \"p\"x><a href=p.html>",
        "<title>a </x\"'</title><a href=after-title.html>",
        "<textarea></b</textarea ><a id=t>x</a>",
        "<![CDATA[ <a href=\"cdata.html\"> ]]><a href=after-cdata.html>",
        "<?xml version=\"1.0\"?><a href=pi.html></a></ notatag><a href=b.html></>",
        "<table><thead><tr><th id=h1>h</th></tr></thead><tbody><tr><td><a href=cell.html>c</a></td></tr></tbody></table>",
        "<table><tr><td id=implied-tbody>x</td></tr></table><a href=after-table.html>",
        "<table><tbody><tr><td><table><tr><td id=nested>n</td></tr></table></td></tr></tbody></table>",
        "<svg viewBox=\"0 0 1 1\" onLoad=\"x()\"><path d=\"M0 0\"/><g id=G1><rect width=1 /></g></svg><a href=s.html>",
        "<svg><text x=1>label</text><line x1=0 /></svg><p id=after-svg>",
        "<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n<title>T &amp; t</title>\n"
            + "<link rel=stylesheet href=\"assets/a.css\">\n<script src=\"assets/a.js\" defer></script>\n</head>\n"
            + "<body class=x>\n<main id=main><h1 id=top>T</h1><a href=\"#top\">top</a></main>\n</body>\n</html>\n",
        "<html><body onload=\"init()\"><p>x</p></body></html>",
        "<head><meta http-equiv=refresh content=\"0;url=go.html\"></head><body><a href=go.html></a></body>",
        "<meta charset=utf-8><title>t</title><a href=implied.html>",
        "  \n<!-- c --><html><!-- c --><head></head><body></body></html>\n",
        "<svg><title>Chart: 3 &lt; 4</title><desc>d</desc><rect/></svg>",
        "<svg><g id=open><path d=x><rect id=r></svg><a href=after-unclosed-svg.html>",
        "<p><div id=closes-p></div></p><b><p id=in-b>x</p></b>",
        "<a href=outer.html><a href=inner.html>nested a</a></a>",
        "<p><b><div id=d>x<i id=i>y</i></div></b></p><p>z",
        "<custom-element data=\"d.html\" onfoo=bar></custom-element><x-y:z background=bg.png></x-y:z>",
        "<iframe src=\"https://e.org/\"><a href=in-iframe.html></iframe><noembed><a href=ne.html></noembed>",
        "<xmp><a href=in-xmp.html></xmp><noframes><a href=nf.html></noframes><a href=ok.html>",
        "<pre>\n<a href=p.html>x</a></pre><listing>\n</listing>",
        // names read by the scanner's shortcuts: the common name tried first, end tags matched whole
        "<p classy=x hrefx=y.html idx=z id=real>a</p><a href/ id=s>b</a><a href>c</a><p id>d</p><p class>e</p>",
        "<a HREF=up.html Class=c ID=Up>u</a><a hrefhref=x.html href=y.html>h</a><p cl=x c=y i=z h=w>s</p>",
        "<a href=\"x.html\"class=\"y\"id=\"z\">q</a><a id=a1 ID=a2 iD=a3>d</a><a name=n1 NAME=n2>n</a>",
        "<a ari=x aria-hidden aria-hidden=true aria-hiddenx=1 href=h.html datetime=d data-due=1>a</a>",
        "<svg viewBox=\"0 0 1 1\" VIEWBOX=x><path D=x d=y/><rect Width=1 width=2 fill/></svg><a href=s.html>",
        "<p>x</P><div>y</div ><span>z</span/><b>q</b x=y><x-y>c</x-y><X-Y>d</x-y><i>e</I ><u>f</u\n>",
        "<p class=\"a\u0000b\" title='\u0000' id=x>a NUL in a value the findings do not read</p>",
        "<a href=\"a\u212Ab.html\" \u212Aey=1 id=\u00e9t\u00e9>non-ASCII in values and names</a>",
        "<meta http-equ\u0131v=refresh content=\"0;url=k.html\"><meta HTTP-EQUIV=REFRESH CONTENT=\"1; URL=u.html\">");
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void trickyMarkupIsReadTheWayJsoupReadsIt(String html) {
    assertThat(sameAsJsoup(html)).as("scanner reads it, gives up at %d", refusal(html)).isTrue();
  }

  /** Markup whose reading depends on tree-building rules the scanner does not follow. */
  static Stream<String> leftToJsoup() {
    return Stream.of(
        "<td id=stray>outside a table</td><a href=\"#stray\">",
        "<table><tr><div id=fostered>x</div><td>c</td></tr></table>",
        "<table><caption id=c>c</caption></table>",
        "<form action=a.html><form action=b.html></form></form>",
        "<select><option id=o>o</option><a href=dropped.html>x</a></select>",
        "<template><a href=t.html id=t></a></template>",
        "<html id=a><body><html id=b title=t></html>",
        "<body id=a><p>x</p><body id=b onload=x()>",
        "<p>text first</p><head id=late></head>",
        "<head><noscript><a href=as-text.html></noscript></head>",
        "<svg><foreignObject><p id=html-again>x</p></foreignObject></svg>",
        "<svg><p id=breaks-out>x</p></svg>",
        "<svg><style><a href=x.html></style></svg>",
        "<math><mi xlink:href=\"javascript:x\">x</mi></math>",
        "<plaintext><a href=text.html>",
        "<image src=renamed.png>",
        "<frameset><frame src=f.html></frameset>",
        "<script><!-- <script> </script> --></script><a href=after.html>",
        "<title>t <b>unclosed</b>",
        "<script>never closed <a href=x.html>",
        "<!DOCTYPE html SYSTEMx><a href=x.html>",
        "<a href=\"unterminated",
        "<a href=x.html id=eof",
        "<div id=a>\u0000</div><a hr\u0000ef=x>",
        "<div><span></div></span>",
        "<a\u00e9 href=x.html>",
        "<p>x</p></body><p id=after-body>y</p>",
        "<ul><li><a href=a.html>a</a><li><a href=b.html>b</a></ul>",
        "<svg><title><b id=html-in-title>x</b></title></svg>",
        "<a href=\"a\u0000.html\">a NUL in a value the findings read</a>",
        "<p id='\u0000'>x</p>");
  }

  @ParameterizedTest
  @MethodSource("leftToJsoup")
  void markupTheScannerDoesNotFollowIsLeftToJsoup(String html) {
    assertThat(MarkupScanner.scan(html.getBytes(UTF_8), new PageFindings())).as("scanner gives up").isFalse();
    assertThat(refusal(html)).isNotNegative();
  }

  // ------------------------------------------------------------------ random markup

  @Test
  void randomMarkupIsEitherReadAsJsoupReadsItOrLeftToJsoup() {
    Random random = new Random(20261128);
    int read = 0;
    int pages = 20_000;
    for (int i = 0; i < pages; i++) {
      String html = new RandomPage(random).page();
      if (sameAsJsoup(html)) {
        read++;
      }
    }
    // Enough random pages are well-formed for the scanner that the comparison is not vacuous.
    assertThat(read).as("pages read by the scanner").isGreaterThan(pages / 8);
  }

  /** Short runs of markup fragments: the tokeniser's corners, many of them readable. */
  @Test
  void tokenSoupIsEitherReadAsJsoupReadsItOrLeftToJsoup() {
    String[] pieces = {"<", ">", "/", "!", "-", "\"", "'", "=", " ", "\n", "a", "p", "x", "&", "#", ";", "?", "[", "]",
      "<a ", "<a>", "</a>", "href", "HREF", "id", "Id", "name", "onclick", "OnX", "content", "http-equiv", "refresh",
      "url=", "xlink:href", "</", "<!--", "-->", "--!>", "<!-->", "<!--->", "<script>", "</script>", "</script",
      "<title>", "</title>", "</TITLE>", "<textarea>", "</textarea>", "<style>", "</style>", "<svg>", "</svg>",
      "<path/>", "<rect>", "</rect>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<tbody>", "</tbody>",
      "<!DOCTYPE", "<!doctype html>", "<![CDATA[", "]]>", "<body", "<body>", "</body>", "<head>", "</head>",
      "<html>", "</html>", "<meta ", "<br/>", "<img ", "<div>", "</div>", "<p>", "</p>", "<form>", "</form>",
      "&amp;", "&#x27;", "&#39", "&quot", "&amp", "x.html", "#f", "javascript:", "<?", "<b>", "</b>", "PUBLIC",
      "SYSTEM", "<title/>", "<script/>", "\u0000", "\u00e9", "\uD83D\uDE00", "<iframe>", "</iframe>", "<select>"};
    Random random = new Random(11);
    int read = 0;
    int pages = 60_000;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      b.setLength(0);
      for (int k = 1 + random.nextInt(8); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      if (sameAsJsoup(b.toString())) {
        read++;
      }
    }
    assertThat(read).as("pages read by the scanner").isGreaterThan(pages / 8);
  }

  /**
   * Tags whose attribute names are near the names the scanner knows (prefixes, extensions, other
   * cases, look-alike letters) and whose end tags are written in several ways: the shortcuts the
   * scanner takes for common names and plain end tags must read them as jsoup does.
   */
  @Test
  void namesNearTheKnownOnesAreReadAsJsoupReadsThem() {
    String[] names = {"class", "Class", "CLASS", "clas", "classx", "href", "HREF", "hre", "hrefs", "id", "ID", "i",
      "idx", "name", "NAME", "nam", "aria-hidden", "aria-hiddenx", "aria", "datetime", "data-due", "data", "d",
      "content", "http-equiv", "HTTP-EQUIV", "src", "srcset", "SrcSet", "xlink:href", "XLINK:HREF", "viewbox",
      "viewBox", "onclick", "ONLOAD", "on", "o", "\u212Aey", "hr\u212Aef", "\u0130d", "\u0131d", "h\u0000ref", "=x",
      "\"q", "'r", "<id", "`", "rel", "width", "type", "lang", "fill", "stroke-width", "stroke-widths", "x"};
    String[] values = {"x.html", "#f", "a&amp;b", "&#0;", "a\u0000b", "", "a b", "javascript:x", "0;url=r.html",
      "refresh", "\u00e9", "x>y", "'", "\""};
    String[] tags = {"a", "A", "p", "div", "meta", "link", "img", "span", "svg", "path", "x-y", "table", "td"};
    String[] ends = {"</%s>", "</%s >", "</%S>", "</%s/>", "</%s x=y>", "</%s\n>", "", "</%sx>"};
    Random random = new Random(29);
    int read = 0;
    int pages = 30_000;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      b.setLength(0);
      for (int t = 1 + random.nextInt(4); t > 0; t--) {
        String tag = tags[random.nextInt(tags.length)];
        b.append('<').append(tag);
        for (int a = random.nextInt(5); a > 0; a--) {
          b.append(random.nextInt(12) == 0 ? "" : random.nextBoolean() ? " " : "\n");
          b.append(names[random.nextInt(names.length)]);
          String value = values[random.nextInt(values.length)];
          switch (random.nextInt(5)) {
            case 0 -> { }
            case 1 -> b.append("='").append(value.replace("'", "")).append('\'');
            case 2 -> b.append('=').append(value.replace(" ", "").replace(">", "").replace("'", "").replace("\"", ""));
            default -> b.append(random.nextInt(6) == 0 ? " = \"" : "=\"").append(value.replace("\"", "")).append('"');
          }
        }
        b.append(random.nextInt(8) == 0 ? "/>" : random.nextInt(8) == 0 ? " >" : ">");
        b.append(random.nextBoolean() ? "t" : "");
        b.append(String.format(ends[random.nextInt(ends.length)], tag));
      }
      if (sameAsJsoup(b.toString())) {
        read++;
      }
    }
    assertThat(read).as("pages read by the scanner").isGreaterThan(pages / 8);
  }

  /** Pages built from the pieces that matter to the scanner, mostly nested properly, then damaged a little. */
  static final class RandomPage {
    private static final String[] ATTRIBUTES = {"id", "ID", "name", "href", "HREF", "src", "onclick", "OnLoad",
        "content", "http-equiv", "class", "xlink:href", "srcset", "viewBox", "data", "action", "title", "Name"};
    private static final String[] VALUES = {"x.html", "#top", "a/b.html#frag", "javascript:alert(1)",
        " JaVaScript:x", "java&#x09;script:x", "a.html?q=1&amp;r=2", "a&quot;b", "it&#x27;s", "x>y", "it's",
        "\"q\"", "", "0; url=next.html", "0;URL='a.html'", "refresh", "REFRESH", "data:x", "https://e.org/",
        "caf&eacute;", "&notin;", "&amp", "&ampx", "a b", "&#0;", "&#x110000;", "\u00e9t\u00e9", "top", "<b>",
        "/>", "=", "`", "&", "&#", "&#x;", "&lt;a href=x&gt;"};
    private static final String[] TAGS = {"div", "p", "span", "a", "a", "b", "i", "em", "code", "pre", "ul", "li",
        "ol", "dl", "dt", "dd", "h1", "h2", "section", "nav", "header", "main", "button", "label", "form", "option",
        "font", "custom-el", "nobr", "object", "time", "table", "u", "s", "small", "listing", "menuitem", "x:y"};
    private static final String[] VOID = {"img", "br", "hr", "input", "meta", "link", "area", "wbr", "source"};
    /** Tags whose place in the tree the scanner does not follow: it must give up on them. */
    private static final String[] RARE = {"select", "noscript", "template", "td", "tr", "tbody", "caption", "image",
        "math", "head", "body", "html", "frameset", "plaintext", "col", "frame", "th", "thead"};
    private static final String[] RAW = {"x", "<a href='x.html'>", "</scrip", "</script x='>'>", "<!--", "-->",
        "</SCRIPT ", "<b>", "</style>", "</title>", "</textarea>", "a < b", "</", "<", "&amp;", "\"'",
        "</x\"", "</t", "</TITLE", "</Title>", "</tItle", "</scriptx", "<!-", "--><"};
    private static final String[] DOCTYPES = {"<!DOCTYPE >", "<!doctype>", "<!DOCTYPEhtml>", "<!DOCTYPE html x>",
        "<!DOCTYPE html PUBLIC \"a>b\">", "<!DOCTYPE html SYSTEM 'x'>", "<!DOCTYPE html PUBLIC>", "<!DOCTYPE",
        "<!DOCTYPE html SYSTEM>", "<!DOCTYPE html PUBLIC \"p\" \"s\" x>", "<!DOCTYPE\n", "<!DOCTYPE \"'>"};
    private static final String[] SVG = {"path", "g", "rect", "text", "line", "a", "title", "script",
        "foreignObject", "style", "p", "circle", "use"};

    private final Random r;
    private final StringBuilder b = new StringBuilder();

    RandomPage(Random r) {
      this.r = r;
    }

    String page() {
      if (r.nextInt(4) > 0) {
        b.append(r.nextInt(4) > 0 ? "<!DOCTYPE html>\n" : pick(DOCTYPES));
      }
      boolean wrap = r.nextInt(3) > 0;
      if (wrap) {
        open("html");
        b.append('\n');
        if (r.nextInt(4) > 0) {
          open("head");
          for (int i = r.nextInt(4); i > 0; i--) {
            switch (r.nextInt(5)) {
              case 0 -> open("meta");
              case 1 -> open("link");
              case 2 -> raw("title");
              case 3 -> raw("script");
              default -> raw("style");
            }
            b.append('\n');
          }
          b.append("</head>\n");
        }
        open("body");
      }
      content(0);
      if (wrap) {
        b.append("</body>\n</html>\n");
      }
      return r.nextInt(3) == 0 ? damage(b.toString()) : b.toString();
    }

    private void content(int depth) {
      for (int i = r.nextInt(depth == 0 ? 8 : 4); i >= 0; i--) {
        switch (r.nextInt(12)) {
          case 0 -> b.append(pick(new String[] {"text", " ", "a < b", "x &amp; y", "&#32;", "<", "<3", "\n"}));
          case 1 -> b.append("<!--").append(pick(new String[] {" <a href=c.html> ", "-", "--!", "x"})).append("-->");
          case 2 -> table(depth);
          case 3 -> svg();
          case 4 -> raw(pick(new String[] {"script", "style", "textarea", "title", "xmp", "iframe"}));
          case 5 -> b.append(pick(new String[] {"<![CDATA[x<a href=y>]]>", "<?pi x>", "</>", "</ x>", "<!x>"}));
          default -> element(depth);
        }
      }
    }

    private void element(int depth) {
      if (r.nextInt(4) == 0) {
        open(pick(VOID));
        if (r.nextInt(20) == 0) {
          content(depth + 1);
        }
        return;
      }
      String tag = r.nextInt(30) == 0 ? pick(RARE) : pick(TAGS);
      open(tag);
      if (depth < 6 && r.nextInt(3) > 0) {
        content(depth + 1);
      }
      if (r.nextInt(30) > 0) {
        close(tag);
      }
    }

    private void table(int depth) {
      open("table");
      boolean head = r.nextBoolean();
      if (head) {
        open("thead");
        row("th", depth);
        close("thead");
      }
      boolean body = r.nextBoolean();
      if (body) {
        open("tbody");
      }
      for (int i = r.nextInt(3); i >= 0; i--) {
        row("td", depth);
      }
      if (r.nextInt(30) == 0) {
        element(depth); // fostered out of the table
      }
      if (body) {
        close("tbody");
      }
      close("table");
    }

    private void row(String cell, int depth) {
      open("tr");
      for (int i = r.nextInt(3); i >= 0; i--) {
        open(cell);
        if (depth < 4) {
          content(depth + 1);
        }
        if (r.nextInt(15) > 0) {
          close(cell);
        }
      }
      close("tr");
    }

    private void svg() {
      open("svg");
      for (int i = r.nextInt(4); i >= 0; i--) {
        String tag = r.nextInt(8) > 0 ? pick(new String[] {"path", "rect", "g", "text", "line", "title"}) : pick(SVG);
        if (r.nextBoolean()) {
          open(tag);
          b.insert(b.length() - 1, '/');
        } else {
          open(tag);
          b.append(r.nextBoolean() ? "t" : "");
          close(tag);
        }
      }
      close("svg");
    }

    private void raw(String tag) {
      open(tag);
      for (int i = r.nextInt(4); i > 0; i--) {
        b.append(pick(RAW));
      }
      close(tag);
    }

    private void open(String tag) {
      b.append('<').append(cased(tag));
      for (int i = r.nextInt(4); i > 0; i--) {
        b.append(r.nextInt(20) == 0 ? "" : pick(new String[] {" ", "  ", "\n", "\t", " "}));
        b.append(pick(ATTRIBUTES));
        String value = pick(VALUES);
        switch (r.nextInt(5)) {
          case 0 -> { }
          case 1 -> b.append("='").append(value.replace("'", "")).append('\'');
          case 2 -> b.append("=").append(value.replace(" ", "").replace(">", "").replace("\"", "").replace("'", ""));
          default -> b.append(r.nextInt(8) == 0 ? " = \"" : "=\"").append(value.replace("\"", "")).append('"');
        }
      }
      b.append(r.nextInt(10) == 0 ? "/>" : ">");
    }

    private void close(String tag) {
      b.append("</").append(cased(tag)).append('>');
    }

    private String cased(String tag) {
      return switch (r.nextInt(10)) {
        case 0 -> tag.toUpperCase(java.util.Locale.ROOT);
        case 1 -> Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
        default -> tag;
      };
    }

    private String damage(String html) {
      StringBuilder d = new StringBuilder(html);
      for (int i = r.nextInt(3); i > 0 && d.length() > 2; i--) {
        int at = r.nextInt(d.length());
        switch (r.nextInt(4)) {
          case 0 -> d.setLength(at); // truncated
          case 1 -> d.insert(at, pick(new String[] {"<", ">", "\"", "'", "</a>", "<a href=d.html>", "\u0000", "<!--",
              "</td>", "<td>", "</div>", "=", "&"}));
          case 2 -> d.delete(at, Math.min(d.length(), at + 1 + r.nextInt(10)));
          default -> {
            int from = r.nextInt(d.length());
            d.insert(at, d.substring(from, Math.min(d.length(), from + r.nextInt(40))));
          }
        }
      }
      return d.toString();
    }

    private String pick(String[] from) {
      return from[r.nextInt(from.length)];
    }
  }
}
