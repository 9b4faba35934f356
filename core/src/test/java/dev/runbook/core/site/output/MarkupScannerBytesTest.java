package dev.runbook.core.site.output;

import static dev.runbook.core.site.output.MarkupScannerTest.sameAsJsoup;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanner reads a page's UTF-8 bytes: pages with characters beyond ASCII (two to four bytes
 * each) and with bytes that are not UTF-8 at all must be read as jsoup reads the page decoded by
 * {@code new String(bytes, UTF_8)}, or left to it.
 */
class MarkupScannerBytesTest {
  /** A page from parts: strings in UTF-8, integers as single bytes. */
  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        b.writeBytes(s.getBytes(UTF_8));
      } else {
        b.write((Integer) part);
      }
    }
    return b.toByteArray();
  }

  // ------------------------------------------------------------------ other characters

  /** Characters of two, three and four bytes in text, values, ids, URLs, names, comments, raw text. */
  static Stream<String> otherCharacters() {
    return Stream.of(
        "<p>emoji \uD83D\uDE00, CJK \u4E2D\u6587, combining e\u0301 in text</p><a href=x.html>",
        "<a href=\"\uD83D\uDE00.html\" id=\"\u4E2D\u6587\" title='e\u0301'>x</a>",
        "<a href=caf\u00e9.html id=na\u0308ive>unquoted</a><a href='#\u4E2D'>single</a>",
        "<h2 id=\"\uD83D\uDE80-launch\">\uD83D\uDE80</h2><a href=\"#\uD83D\uDE80-launch\">go</a>",
        "<a href=\"a&amp;\u00e9&eacute;\uD83D\uDE00&#x1F600;.html\">entities beside other characters</a>",
        "<p id=\"e\u0301\u0301\u0301\">marks</p><p id=\"\u0915\u094D\u0937\">Devanagari</p><p id=\u05D0\u05D1>Hebrew</p>",
        "<p d\u00e9j\u00e0=1 \u4E2D=2 e\u0301=3 \uD83D\uDE00=4 id=n>names</p><a \u0130D=x \u0131d=y \u212Aey=z href=h.html>",
        "<a \u0130d=first id=second>dotted capital I</a><a n\u0101me=x NAME=y>n</a><a HR\u0130F=x href=y.html>z</a>",
        "<meta http-equ\u0131v=refresh content=\"0;url=\u00e9.html\"><meta http-equiv=refresh content=\"0;url=\u4E2D.html\">",
        "<div on\u00e9=x ON\uD83D\uDE00=y \u00f6nclick=z>handlers with other characters</div>",
        "<svg viewBox=\"0 0 1 1\"><text x=1>\u4E2D</text><path d=\"M0 0\" id=\"\u00e9\" \u00c9=x/></svg><a href=s.html>",
        "<script>x</scr\u0131pt><a href=after-dotless-i.html>",
        "<script>x</scr\u0130pt><a href=after-dotted-I.html>",
        "<style>x</style\u017F></style><p id=after-style>",
        "<noframes>x</noframe\u017F><a href=in.html></a>",
        "<script>'</\u00e9' + '</s\u00e9' + '</script\u00e9>'</script><a href=s.html>",
        "<title>\u4E2D &amp; \uD83D\uDE00 </t\u00edtle> </ti\u0301tle></title><textarea>\u00e9</textarea><a href=t.html>",
        "<!-- \u4E2D --><!--\u00e9--><!--\uD83D\uDE00-->\n<a href=c.html>",
        "<!---\u00e9--><!-- a -\u00e9- b --\u00e9 --><!-- c --!\u00e9 --><a href=y.html>",
        "<!DOCTYPE \u00e9><a href=x.html>",
        "<!DOCTYPE html\u00e9><a href=x.html>",
        "<!DOCTYPE html PUBLIC \"\u00e9>\" '\u4E2D'><a href=p.html>",
        "<![CDATA[\u00e9]]><?\u00e9 x><a href=pi.html></\u00e9 x><!\u00e9><a href=b.html>",
        "<p>\u00e9<\u00e9>, <\uD83D\uDE00, </\u4E2D, a < \u00e9</p><a href=lt.html>",
        "<a href=\"x\" \u00e9>no space after a value</a><a href=\"x\"\u00e9=1 id=q>re-read</a>",
        "<img src=x.png/\u00e9 alt=a><img src=y.png /\u00e9><a href=x.html id=\u00e9/>u</a>",
        "\uFEFF<p id=bom>a byte order mark first</p>",
        "<!DOCTYPE html><html><head><title>\u00e9</title></head><body id=b>\u4E2D</body></html>");
  }

  @ParameterizedTest
  @MethodSource("otherCharacters")
  void otherCharactersAreReadTheWayJsoupReadsThem(String html) {
    assertThat(sameAsJsoup(html)).as("scanner reads it, gives up at %d", MarkupScannerTest.refusal(html)).isTrue();
  }

  /** Where jsoup would look at such a character alone: in a tag name, after "DOCTYPE", as a keyword. */
  static Stream<String> otherCharactersLeftToJsoup() {
    return Stream.of(
        "<a\u00e9 href=x.html>",
        "<x-\u4E2D id=y></x-\u4E2D>",
        "<p id=a>x</p\u00e9><a href=x.html>",
        "<div\uD83D\uDE00 id=d></div>",
        "<!DOCTYPE\u00e9><a href=x.html>",
        "<!DOCTYPE html PUBL\u0131C \"x\"><a href=x.html>",
        "<!DOCTYPE html \u017FYSTEM \"x\"><a href=x.html>",
        "<!DOCTYPE html \u00e9><a href=x.html>");
  }

  @ParameterizedTest
  @MethodSource("otherCharactersLeftToJsoup")
  void otherCharactersWhereJsoupLooksAtThemAloneAreLeftToJsoup(String html) {
    assertThat(MarkupScanner.scan(html.getBytes(UTF_8), new PageFindings())).as("scanner gives up").isFalse();
  }

  // ------------------------------------------------------------------ bytes that are not UTF-8

  /** Lone continuation bytes, cut sequences, overlong forms, surrogates, bytes beyond U+10FFFF. */
  static Stream<byte[]> notUtf8() {
    return Stream.of(
        bytes("<p>", 0x80, 0xBF, 0xFF, 0xC0, 0xAF, "</p><a href=x.html>"),
        bytes("<a href=\"a", 0xC3, "\" id=", 0xE2, 0x82, ">cut before a quote and a '>'</a>"),
        bytes("<a href='", 0xF0, 0x9F, 0x98, "' id=", 0xED, 0xA0, 0x80, ">cut four bytes, a surrogate</a>"),
        bytes("<a href=\"", 0xC0, 0xBC, 0xE0, 0x80, 0xAF, 0xC1, 0xBE, "\" id=o>overlong '<', '/', '>'</a>"),
        bytes("<a href=\"", 0xF4, 0x90, 0x80, 0x80, 0xF5, 0xF8, 0xFE, "\">beyond U+10FFFF</a>"),
        bytes("<a href=\"", 0xE0, 0xA0, "&amp;", 0xF0, 0x90, 0x80, "&eacute;", 0xC3, "\">entities</a>"),
        bytes("<a href=", 0xC3, 0xA9, 0xC3, ">unquoted</a><a href=", 0x80, ">lone</a><a id=", 0xE2, 0x82, ">"),
        bytes("<p ", 0xC3, "=1 ", 0x80, 0x80, "x=2 id=", 0xE2, 0x82, 0xAC, 0xE2, ">names</p>"),
        bytes("<p i", 0xC4, "d=1 ", 0xC4, 0xB0, "d=2 h", 0xFF, "ref=3>odd names</p>"),
        bytes("<div on", 0xFF, "=x ", 0xFF, "onclick=y>handlers</div>"),
        bytes("<meta http-equiv=refresh content=\"0;url=", 0xE9, ".html\">Latin-1"),
        bytes("<!--", 0xC3, "--><!-", 0xE2, "-><!---", 0x80, "--><!-- --", 0xF0, " --><a href=c.html>"),
        bytes("<script>", 0xC3, "</scr", 0xC4, "pt></scr", 0xC4, 0xB1, "pt><a href=s.html>"),
        bytes("<title>", 0xE2, 0x82, "</t", 0xFF, "></title><a href=t.html>"),
        bytes("<a href=x.html>", 0xF0, 0x9F),
        bytes(0xEF, 0xBB, 0xBF, "<!DOCTYPE html><p id=bom>"),
        bytes(0xFF, 0xFE, "<p id=utf-16-bom>"),
        bytes("<!DOCTYPE html PUBLIC \"", 0xC3, "\" '", 0x80, "'><!DOCTYPE html", 0xFF, "><a href=d.html>"));
  }

  @ParameterizedTest
  @MethodSource("notUtf8")
  void bytesThatAreNotUtf8AreReadAsJsoupReadsThemDecoded(byte[] page) {
    assertThat(sameAsJsoup(page)).as("scanner reads %s, gives up at %d", HexFormat.of().formatHex(page),
        MarkupScanner.refusal(page)).isTrue();
  }

  @Test
  void bytesThatAreNotUtf8InATagNameOrAfterDoctypeAreLeftToJsoup() {
    for (byte[] page : new byte[][] {bytes("<a", 0xC3, " href=x.html>"), bytes("<p>x</p", 0x80, ">"),
        bytes("<!DOCTYPE", 0x80, "><a href=x.html>"), bytes("<!DOCTYPE html ", 0xFF, "><a href=x.html>")}) {
      assertThat(MarkupScanner.scan(page, new PageFindings())).as(HexFormat.of().formatHex(page)).isFalse();
    }
  }

  /**
   * What the scanner relies on: UTF-8 decoding, valid or not, keeps every ASCII byte as that
   * character and makes no ASCII character of other bytes, so a slice that starts and ends next to
   * ASCII bytes (or the page's ends) decodes to exactly its part of the decoded page.
   */
  @Test
  void aSliceBetweenAsciiBytesDecodesToItsPartOfThePage() {
    int[] interesting = {'<', '=', '"', 'a', 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0,
      0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF, 0xBB, 0xBD};
    Random random = new Random(8);
    for (int k = 0; k < 300_000; k++) {
      byte[] page = new byte[1 + random.nextInt(12)];
      for (int i = 0; i < page.length; i++) {
        page[i] = (byte) (random.nextInt(3) == 0 ? random.nextInt(256) : interesting[random.nextInt(interesting.length)]);
      }
      StringBuilder pieces = new StringBuilder();
      int from = 0;
      for (int i = 0; i <= page.length; i++) {
        if (i == page.length || page[i] >= 0) {
          pieces.append(new String(page, from, i - from, UTF_8));
          if (i < page.length) {
            pieces.append((char) page[i]);
          }
          from = i + 1;
        }
      }
      assertThat(pieces.toString()).as(HexFormat.of().formatHex(page)).isEqualTo(new String(page, UTF_8));
    }
  }

  // ------------------------------------------------------------------ random markup

  /** Characters of every length, and bytes that are not UTF-8, some cutting others in two. */
  private static final byte[][] STRAY = {bytes("\u00e9"), bytes("\u4E2D"), bytes("\uD83D\uDE00"), bytes("e\u0301"),
    bytes("\u0131"), bytes("\u0130"), bytes("\u017F"), bytes("\u212A"), bytes("\uFEFF"), bytes(0x80), bytes(0xC3),
    bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98), bytes(0xFF), bytes(0xC0, 0xBC), bytes(0xED, 0xA0, 0x80),
    bytes(0xF4, 0x90, 0x80, 0x80)};

  /**
   * Makes {@code pages} pages with {@code page} (each a fresh stream) and holds each that the
   * scanner reads to jsoup's findings; returns how many it read.
   */
  private static int read(int pages, Consumer<ByteArrayOutputStream> page) {
    int read = 0;
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < pages; i++) {
      b.reset();
      page.accept(b);
      if (sameAsJsoup(b.toByteArray())) {
        read++;
      }
    }
    return read;
  }

  /** Random pages (see {@link MarkupScannerTest.RandomPage}) with such bytes put anywhere, names and tags too. */
  @Test
  void randomPagesWithOtherCharactersAndStrayBytesAreEitherReadAsJsoupReadsThemOrLeftToJsoup() {
    Random random = new Random(20261201);
    int pages = 20_000;
    int read = read(pages, b -> {
      byte[] page = new MarkupScannerTest.RandomPage(random).page().getBytes(UTF_8);
      int[] at = new int[1 + random.nextInt(4)];
      for (int k = 0; k < at.length; k++) {
        at[k] = random.nextInt(page.length + 1);
      }
      Arrays.sort(at);
      int from = 0;
      for (int k : at) {
        b.write(page, from, k - from);
        b.writeBytes(STRAY[random.nextInt(STRAY.length)]);
        from = k;
      }
      b.write(page, from, page.length - from);
    });
    // Fewer than without them: a stray byte in a tag name makes the scanner give up.
    assertThat(read).as("pages read by the scanner").isGreaterThan(pages / 16);
  }

  /**
   * Doctypes with other characters and stray bytes where jsoup's doctype states look at one
   * character (right after "DOCTYPE", before the name, where "PUBLIC" or "SYSTEM" may start),
   * followed by markup they may swallow.
   */
  @Test
  void doctypesWithOtherCharactersAreEitherReadAsJsoupReadsThemOrLeftToJsoup() {
    String[] pieces = {" ", "\n", ">", "html", "HTML", " PUBLIC", " SYSTEM", " public ", "PUBL", "\u0131C", "C",
      "\u017FYSTEM", "YSTEM", "\"", "'", "x", "\u00e9", "\u4E2D", "\uD83D\uDE00", "\u0131", "\u017F", "\u0130"};
    String[] after = {"<a href=x.html id=y>", "><a href=x.html>", "\"><p id=q>", "'>\"><a href=z.html>"};
    Random random = new Random(13);
    int pages = 30_000;
    int read = read(pages, b -> {
      b.writeBytes(bytes(random.nextBoolean() ? "<!DOCTYPE" : "<!doctype"));
      for (int k = random.nextInt(6); k >= 0; k--) {
        b.writeBytes(random.nextInt(4) == 0 ? STRAY[random.nextInt(STRAY.length)]
            : pieces[random.nextInt(pieces.length)].getBytes(UTF_8));
      }
      b.writeBytes(bytes(after[random.nextInt(after.length)]));
    });
    assertThat(read).as("pages read by the scanner").isGreaterThan(pages / 8);
  }

  /** Short runs of markup pieces and other characters: the tokeniser's corners with bytes beyond ASCII. */
  @Test
  void byteSoupIsEitherReadAsJsoupReadsItOrLeftToJsoup() {
    String[] markup = {"<", ">", "/", "!", "-", "\"", "'", "=", " ", "a", "p", "&", ";", "<a ", "<a>", "</a>", "href",
      "id", "name", "onclick", "content", "http-equiv", "refresh", "url=", "</", "<!--", "-->", "--!>", "<!-",
      "<script>", "</script>", "</scr", "pt>", "<title>", "</title>", "</t", "tle>", "<style>", "</style>", "<svg>",
      "</svg>", "<table>", "<td>", "<!DOCTYPE", "<!DOCTYPE ", "<!doctype html>", " PUBLIC", " SYSTEM", "PUBL", "C",
      "YSTEM", "<![CDATA[", "]]>", "<body>", "<head>", "</head>", "<meta ", "<p>", "</p>", "&amp;", "&eacute;",
      "#f", "x.html", "<?", "\u0000"};
    Random random = new Random(12);
    int pages = 60_000;
    int read = read(pages, b -> {
      for (int k = 1 + random.nextInt(9); k > 0; k--) {
        b.writeBytes(random.nextInt(3) == 0 ? STRAY[random.nextInt(STRAY.length)]
            : markup[random.nextInt(markup.length)].getBytes(UTF_8));
      }
    });
    assertThat(read).as("pages read by the scanner").isGreaterThan(pages / 8);
  }
}
