package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedFilesTest {
  private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

  @TempDir Path root;

  @Test
  void publishesLinkedPicturesButNeverHtmlScriptsOrActiveSvg() throws Exception {
    Files.writeString(root.resolve("diagram.png"), "png");
    Files.writeString(root.resolve("notes.txt"), "text");
    Files.writeString(root.resolve("page.html"), "<script>alert(1)</script>");
    Files.writeString(root.resolve("tool.js"), "alert(1)");
    Files.writeString(root.resolve("plain.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
    Files.writeString(root.resolve("active.svg"), "<svg onload=\"alert(1)\"></svg>");
    Files.writeString(root.resolve("review.html"), "x");
    Files.createDirectories(root.resolve(".secrets"));
    Files.writeString(root.resolve(".secrets/token.txt"), "secret");
    Files.writeString(root.resolve(".env"), "TOKEN=x");
    PublishedFiles files = new PublishedFiles(root.toRealPath(), Set.of("review.html", "taken.png"));
    assertThat(files.publish("diagram.png")).isTrue();
    assertThat(files.publish("notes.txt")).isTrue();
    assertThat(files.publish("plain.svg")).isTrue();
    assertThat(files.publish("page.html")).isFalse();
    assertThat(files.publish("tool.js")).isFalse();
    assertThat(files.publish("active.svg")).isFalse();
    assertThat(files.publish("review.html")).isFalse();
    assertThat(files.publish("missing.png")).isFalse();
    assertThat(files.publish(".secrets/token.txt")).isFalse();
    assertThat(files.publish(".env")).isFalse();
    assertThat(files.published()).containsExactly("diagram.png", "notes.txt", "plain.svg");
    assertThat(files.notes()).hasSize(6).anyMatch(n -> n.startsWith("active.svg is linked but not published: the SVG"));
  }

  @Test
  void aFolderIsNotPublishedAndTheNoteSaysItIsAFolder() throws Exception {
    Files.createDirectories(root.resolve("scripts"));
    Files.createDirectories(root.resolve("release-1.2"));
    PublishedFiles files = new PublishedFiles(root.toRealPath(), Set.of());
    assertThat(files.refusal("scripts")).hasValueSatisfying(r -> assertThat(r).startsWith("it is a folder"));
    assertThat(files.refusal("release-1.2")).hasValueSatisfying(r -> assertThat(r).startsWith("it is a folder"));
    assertThat(files.published()).isEmpty();
    assertThat(files.notes()).containsExactly(
        "release-1.2 is linked but not published: it is a folder, and the site publishes no folder listings as"
            + " GitHub shows them: link to a page or a file in it",
        "scripts is linked but not published: it is a folder, and the site publishes no folder listings as"
            + " GitHub shows them: link to a page or a file in it");
  }

  @Test
  void neverFollowsALinkOutOfTheRoot(@TempDir Path outside) throws Exception {
    Files.writeString(outside.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(root.resolve("secret.txt"), outside.resolve("secret.txt"));
    PublishedFiles files = new PublishedFiles(root.toRealPath(), Set.of());
    assertThat(files.publish("secret.txt")).isFalse();
  }

  @Test
  void publishesOnlyKindsOfFileABrowserNeverRuns() throws Exception {
    for (String name : new String[] {"page.shtml", "data.xml", "page.xhtml", "style.xsl", "Makefile", "tool.mjs",
        "drawing.svgz", "page.htm", "strange.qqq", "trailing."}) {
      Files.writeString(root.resolve(name), "hello");
    }
    for (String name : new String[] {"photo.JPG", "scan.tiff", "manual.pdf", "dump.log", "data.csv", "app.yaml",
        "fix.sh", "backup.tar.gz", "sheet.xlsx", "talk.webm"}) {
      Files.writeString(root.resolve(name), "inert bytes");
    }
    PublishedFiles files = files();
    for (String name : new String[] {"page.shtml", "data.xml", "page.xhtml", "style.xsl", "Makefile", "tool.mjs",
        "drawing.svgz", "page.htm", "strange.qqq", "trailing."}) {
      assertThat(files.publish(name)).as(name).isFalse();
    }
    for (String name : new String[] {"photo.JPG", "scan.tiff", "manual.pdf", "dump.log", "data.csv", "app.yaml",
        "fix.sh", "backup.tar.gz", "sheet.xlsx", "talk.webm"}) {
      assertThat(files.publish(name)).as(name).isTrue();
    }
    assertThat(files.notes()).contains(
        "page.shtml is linked but not published: .shtml is not a kind of file that the site publishes: only"
            + " pictures, PDFs, text, archives, office documents, audio and video, which a browser never runs",
        "Makefile is linked but not published: a file without an extension the site publishes: only"
            + " pictures, PDFs, text, archives, office documents, audio and video, which a browser never runs");
  }

  @Test
  void refusesAnAllowedKindOfFileThatStartsLikeMarkup() throws Exception {
    Files.writeString(root.resolve("notes.txt"), "  \n<html><script>alert(1)</script>");
    Files.write(root.resolve("bom.log"), bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\t<script>x</script>"));
    Files.write(root.resolve("wide.csv"), bytes(new byte[] {(byte) 0xFF, (byte) 0xFE},
        new String(" <p>".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1)));
    Files.writeString(root.resolve("fake.png"), "<svg onload=alert(1)>");
    Files.writeString(root.resolve("compare.txt"), "a < b, and <b> is bold");
    PublishedFiles files = files();
    assertThat(files.publish("notes.txt")).isFalse();
    assertThat(files.publish("bom.log")).isFalse();
    assertThat(files.publish("wide.csv")).isFalse();
    assertThat(files.publish("fake.png")).isFalse();
    assertThat(files.publish("compare.txt")).isTrue();
    assertThat(files.notes()).contains("notes.txt is linked but not published: it looks like markup (it starts with <),"
        + " which a browser could show as a web page");
  }

  @Test
  void refusesAnSvgScriptInAnyNamespace() throws Exception {
    assertRefused("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:script>alert(1)</svg:script></svg:svg>",
        "has a <svg:script> element");
    assertRefused(SVG + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>",
        "has a <h:script> element");
    assertRefused(SVG + "<x:script xmlns:x=\"urn:anything\">alert(1)</x:script></svg>", "has a <x:script> element");
    assertRefused(SVG + "<h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\" srcdoc=\"x\"/></svg>",
        "has an XHTML element <h:iframe>");
    assertRefused(SVG + "<foreignObject><p>hi</p></foreignObject></svg>", "has a <foreignObject> element");
  }

  @Test
  void refusesAnEventHandlerInAnyNamespace() throws Exception {
    assertRefused(SVG + "<rect x:onclick=\"alert(1)\" xmlns:x=\"urn:x\"/></svg>", "has an event handler attribute x:onclick");
    assertRefused(SVG + "<rect ONMOUSEOVER=\"alert(1)\"/></svg>", "has an event handler attribute ONMOUSEOVER");
  }

  @Test
  void refusesAUtf16SvgWithAScript() throws Exception {
    String text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + SVG + "\n<script>alert(1)</script></svg>";
    Files.write(root.resolve("wide.svg"), text.getBytes(StandardCharsets.UTF_16));
    assertThat(refusal("wide.svg")).hasValue("the SVG has a <script> element (line 3)");
    Files.write(root.resolve("wide-le.svg"), bytes(new byte[] {(byte) 0xFF, (byte) 0xFE},
        new String((SVG + "<rect/></svg>").getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1)));
    assertThat(files().publish("wide-le.svg")).isTrue();
  }

  @Test
  void refusesProcessingInstructionsAndDoctypes() throws Exception {
    assertRefused("<?xml-stylesheet type=\"text/xsl\" href=\"#x\"?>" + SVG + "</svg>",
        "has a processing instruction <?xml-stylesheet?>");
    assertRefused("<!DOCTYPE svg [<!ENTITY x \"<script>alert(1)</script>\">]>" + SVG + "&x;</svg>",
        "is not well-formed XML without a DOCTYPE (line 1");
    assertRefused("<!DOCTYPE svg SYSTEM \"http://example.invalid/evil.dtd\">" + SVG + "</svg>",
        "is not well-formed XML without a DOCTYPE");
    assertRefused(SVG + "<rect>", "is not well-formed XML");
    assertRefused("<svg onload=\"alert(1)\"></svg>", "has the root element <svg>, not <svg> in the SVG namespace");
    assertRefused("<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>",
        "has the root element <html>");
  }

  @Test
  void refusesReferencesToOtherFilesAndScriptUrls() throws Exception {
    assertRefused(SVG + "<use href=\"other.svg#x\"/></svg>", "refers to another file in its href attribute");
    assertRefused(SVG + "<image xlink:href=\"https://example.invalid/p.png\"/></svg>",
        "refers to another file in its xlink:href attribute");
    assertRefused(SVG + "<a xlink:href=\" java\tscript:alert(1)\"><text>x</text></a></svg>",
        "has a script URL in its xlink:href attribute");
    assertRefused(SVG + "<a href=\"https://example.invalid/\"><text>x</text></a></svg>",
        "refers to another file in its href attribute");
    assertRefused(SVG + "<rect fill=\"url(https://example.invalid/p.svg#g)\"/></svg>",
        "refers to another file with url() in its fill attribute");
    assertRefused(SVG + "<rect style=\"fill: URL( 'x.svg#g' )\"/></svg>", "refers to another file with url() in its style");
    assertRefused(SVG + "<style>@import 'x.css';</style></svg>", "may fetch another file from its <style> element (@import)");
    assertRefused(SVG + "<style><![CDATA[rect { fill: \\75rl(x.svg#g) }]]></style></svg>", "(a CSS escape)");
    assertRefused(SVG + "<style>rect { background: url(x.png) }</style></svg>", "refers to another file with url()");
    assertRefused(SVG + "<a href=\"#a\"><set attributeName=\"xlink:href\" to=\"#b\"/></a></svg>",
        "animates the xlink:href attribute");
    assertRefused(SVG + "<animate attributeName=\"href\" values=\"#a;#b\"/></svg>", "animates the href attribute");
    assertRefused(SVG + "<text>javascript:alert(1)</text></svg>", "has a script URL in its text");
  }

  @Test
  void publishesPlainSvgDrawings() throws Exception {
    Files.writeString(root.resolve("shapes.svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- made by hand -->\n"
        + SVG + "<title>Failover</title><defs><linearGradient id=\"g\"><stop offset=\"0\"/></linearGradient>"
        + "<marker id=\"m\"><path d=\"M0 0L1 1\"/></marker></defs>"
        + "<rect width=\"10\" height=\"10\" fill=\"url(#g)\" style=\"stroke: url('#g'); opacity: .5\"/>"
        + "<use href=\"#m\"/><use xlink:href=\"#m\"/><a href=\"#top\"><text>Top &amp; tail</text></a>"
        + "<style>rect { fill: url(#g) }</style>"
        + "<animate attributeName=\"opacity\" from=\"0\" to=\"1\" dur=\"1s\"/>"
        + "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/>"
        + "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></metadata></svg>");
    Files.write(root.resolve("latin.svg"), ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + SVG
        + "<text>caf\u00e9</text></svg>").getBytes(StandardCharsets.ISO_8859_1));
    PublishedFiles files = files();
    assertThat(files.refusal("shapes.svg")).isEmpty();
    assertThat(files.refusal("latin.svg")).isEmpty();
    assertThat(files.published()).containsExactly("latin.svg", "shapes.svg");
  }

  private void assertRefused(String svg, String reason) throws Exception {
    Files.writeString(root.resolve("test.svg"), svg);
    assertThat(refusal("test.svg")).as(svg).hasValueSatisfying(r -> assertThat(r).startsWith("the SVG ").contains(reason));
  }

  private java.util.Optional<String> refusal(String path) throws Exception {
    PublishedFiles files = files();
    java.util.Optional<String> refusal = files.refusal(path);
    assertThat(files.published()).doesNotContain(path);
    refusal.ifPresent(r -> assertThat(files.notes()).contains(path + " is linked but not published: " + r));
    return refusal;
  }

  private PublishedFiles files() throws Exception {
    return new PublishedFiles(root.toRealPath(), Set.of());
  }

  private static byte[] bytes(byte[] prefix, String latin1) {
    byte[] rest = latin1.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[prefix.length + rest.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(rest, 0, out, prefix.length, rest.length);
    return out;
  }
}
