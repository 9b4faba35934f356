package dev.runbook.core.site.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether an SVG file holds nothing a browser could run or fetch, decided by the JDK's
 * namespace-aware XML parser (no DTD, no external entities, secure processing on), which finds
 * the file's encoding itself. An SVG is inert when its root is {@code <svg>} in the SVG namespace,
 * it is at most 2 MiB in UTF-8, UTF-16, US-ASCII, ISO-8859-1 or windows-1252, and it has no
 * DOCTYPE, no processing instruction, no element named {@code script}, {@code handler} or {@code
 * foreignObject} in any namespace, no element in the XHTML namespace, no {@code on*} attribute in
 * any namespace, no {@code href} or {@code src} other than a {@code #fragment} (or a base64 PNG,
 * JPEG, GIF or WebP data URL), no {@code url(...)} other than {@code url(#...)}, no {@code
 * @import}, {@code image-set()} or CSS escape in styles, no animation of an {@code href} or
 * {@code on*} attribute, and no {@code javascript:}, {@code vbscript:} or {@code livescript:}
 * anywhere. A file that does not parse is not inert. Stateless.
 */
final class InertSvg {
  static final long MAX_BYTES = 2L * 1024 * 1024;
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final Set<String> CHARSETS = Set.of("UTF-8", "UTF-16", "UTF-16BE", "UTF-16LE", "US-ASCII",
      "ISO-8859-1", "windows-1252");
  private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "handler", "foreignobject");
  private static final Pattern SCRIPT_SCHEME = Pattern.compile("(?:java|vb|live)script:");
  private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?\\s*(.)");
  private static final Pattern CSS_FETCH = Pattern.compile("@import|image-set\\(|\\\\");
  private static final Pattern RASTER_DATA = Pattern.compile("data:image/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=]*");

  private InertSvg() {}

  /** Why the SVG at {@code file} is not inert, or empty when it is. */
  static Optional<String> problem(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      return Optional.of("the SVG is larger than 2 MiB");
    }
    try {
      parser().parse(new InputSource(new ByteArrayInputStream(bytes)), new Inspector());
      return Optional.empty();
    } catch (Refused r) {
      return Optional.of(r.getMessage());
    } catch (SAXParseException e) {
      return Optional.of("the SVG is not well-formed XML without a DOCTYPE (line " + e.getLineNumber() + ": "
          + e.getMessage() + ")");
    } catch (SAXException e) {
      return Optional.of("the SVG cannot be parsed: " + e.getMessage());
    } catch (IOException e) {
      // The bytes are in memory: the parser failed on them (an encoding the JDK lacks).
      return Optional.of("the SVG cannot be parsed: " + e);
    }
  }

  private static SAXParser parser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return parser;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a safety feature: " + e.getMessage(), e);
    }
  }

  /** What makes an SVG active; its message is the reason. */
  private static final class Refused extends SAXException {
    Refused(String reason) {
      super(reason);
    }
  }

  /** Walks the parsed file and refuses at the first thing that is not inert. */
  private static final class Inspector extends DefaultHandler {
    private Locator locator;
    private int depth;
    private final StringBuilder text = new StringBuilder();
    /** How many {@code <style>} elements are open: text inside them is CSS. */
    private int styles;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
      checkText();
      if (depth++ == 0) {
        checkEncoding();
        if (!SVG.equals(uri) || !localName.equals("svg")) {
          throw refuse("has the root element <" + qName + ">, not <svg> in the SVG namespace");
        }
      }
      String name = localName.toLowerCase(Locale.ROOT);
      if (ACTIVE_ELEMENTS.contains(name)) {
        throw refuse("has a <" + qName + "> element");
      }
      if (XHTML.equals(uri)) {
        throw refuse("has an XHTML element <" + qName + ">");
      }
      if (name.equals("style")) {
        styles++;
      }
      for (int i = 0; i < attributes.getLength(); i++) {
        checkAttribute(attributes.getLocalName(i).toLowerCase(Locale.ROOT), attributes.getQName(i),
            attributes.getValue(i));
      }
    }

    private void checkAttribute(String name, String qName, String value) throws Refused {
      String bare = bare(value);
      if (name.startsWith("on")) {
        throw refuse("has an event handler attribute " + qName);
      }
      if (SCRIPT_SCHEME.matcher(bare).find()) {
        throw refuse("has a script URL in its " + qName + " attribute");
      }
      boolean reference = name.equals("href") || name.equals("src");
      if (reference && !bare.startsWith("#") && !RASTER_DATA.matcher(bare).matches()) {
        throw refuse("refers to another file in its " + qName + " attribute (only #fragment references are published)");
      }
      if (name.equals("attributename")) {
        String target = bare.substring(bare.lastIndexOf(':') + 1);
        if (target.equals("href") || target.startsWith("on")) {
          throw refuse("animates the " + value.strip() + " attribute");
        }
      }
      checkUrls(bare, qName + " attribute");
      if (name.equals("style")) {
        checkCss(bare, "style attribute");
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      checkText();
      if (localName.toLowerCase(Locale.ROOT).equals("style")) {
        styles--;
      }
      depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      text.append(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
      throw refuse("has a processing instruction <?" + target + "?>");
    }

    /** Checks the text since the last tag, as CSS too when inside a {@code <style>}. */
    private void checkText() throws Refused {
      String bare = bare(text.toString());
      if (SCRIPT_SCHEME.matcher(bare).find()) {
        throw refuse("has a script URL in its text");
      }
      if (styles > 0) {
        checkCss(bare, "<style> element");
      }
      text.setLength(0);
    }

    private void checkCss(String css, String where) throws Refused {
      Matcher fetch = CSS_FETCH.matcher(css);
      if (fetch.find()) {
        throw refuse("may fetch another file from its " + where + " ("
            + (fetch.group().equals("\\") ? "a CSS escape" : fetch.group()) + ")");
      }
      checkUrls(css, where);
    }

    private void checkUrls(String bare, String where) throws Refused {
      Matcher url = URL.matcher(bare);
      while (url.find()) {
        if (!url.group(1).equals("#")) {
          throw refuse("refers to another file with url() in its " + where + " (only url(#id) is published)");
        }
      }
    }

    private void checkEncoding() throws Refused {
      String encoding = locator instanceof Locator2 l ? l.getEncoding() : null;
      String name = encoding == null ? "" : canonical(encoding);
      if (!CHARSETS.contains(name)) {
        throw refuse("is encoded in " + encoding
            + " (only UTF-8, UTF-16, US-ASCII, ISO-8859-1 and windows-1252 are published)");
      }
    }

    private static String canonical(String encoding) {
      try {
        return Charset.forName(encoding).name();
      } catch (IllegalArgumentException e) {
        return encoding;
      }
    }

    private Refused refuse(String reason) {
      String line = locator == null ? "" : " (line " + locator.getLineNumber() + ")";
      return new Refused("the SVG " + reason + line);
    }
  }

  /** Lower case, without white space or control characters, as a browser reads a URL. */
  static String bare(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().filter(c -> c > 0x20 && !Character.isISOControl(c))
        .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    return out.toString();
  }
}
