package dev.runbook.core.site.output;

import java.util.Arrays;
import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * Reads the elements and attributes of a page exactly as jsoup 1.21's HTML parser would hand
 * them to {@link PageFindings}, without building a tree: a single pass over the text that
 * follows jsoup's tokeniser state by state (tags; attributes double-, single- and unquoted, a
 * {@code >} inside quotes, names in any case, first of duplicate attributes kept; comments,
 * {@code <!DOCTYPE>}, CDATA and bogus comments; {@code <script>}, {@code <style>} and the other
 * raw-text and RCDATA elements, whose content is not markup; entities in attribute values decoded
 * by jsoup's own {@link Parser#unescapeEntities}).
 *
 * <p>jsoup's tree builder also drops, merges or moves some tags depending on where they stand
 * (a {@code <td>} outside a table, a second {@code <body>}, a {@code <form>} inside a form, tags
 * inside {@code <select>}, …) and reads some content differently ({@code <noscript>} in the head,
 * {@code <svg>} children, {@code <plaintext>}). The scanner keeps its own stack of open elements
 * and follows the tree builder only where a page is well formed: every element closed by its own
 * end tag in order, tables built from {@code thead}/{@code tbody}/{@code tfoot}/{@code tr}/{@code
 * td}/{@code th} in their places, {@code <svg>} holding only plain shapes, the head before the
 * body. Whenever a page leaves that ground, {@link #scan} returns false before anything would
 * differ, and the caller parses the page with jsoup instead. Our own templates and CommonMark's
 * output stay on it; a theme override that does not just costs the jsoup parse.
 */
final class MarkupScanner {
  /** Below jsoup's scope search depth (100), so that its scope checks see what the stack holds. */
  private static final int MAX_DEPTH = 60;
  /** jsoup keeps the first 512 attributes of a tag. */
  private static final int MAX_ATTRIBUTES = 512;

  // Where the tree builder is: before the head (jsoup's Initial/BeforeHtml/BeforeHead), in it,
  // after it, in the body, after </body>, after </html>.
  private static final int BEFORE_HEAD = 0;
  private static final int IN_HEAD = 1;
  private static final int AFTER_HEAD = 2;
  private static final int IN_BODY = 3;
  private static final int AFTER_BODY = 4;
  private static final int AFTER_HTML = 5;

  // Kinds of open elements.
  private static final byte NORMAL = 0;
  /** Made by the tree builder without a tag: html, body, tbody. */
  private static final byte IMPLIED = 1;
  private static final byte SVG = 2;

  // Attribute tokeniser states (after jsoup's TokeniserState).
  private static final int BEFORE_NAME = 0;
  private static final int AFTER_NAME = 1;
  private static final int BEFORE_VALUE = 2;
  private static final int AFTER_QUOTED = 3;
  private static final int SELF_CLOSING = 4;

  private final String html;
  /** The page as an array: plain array reads are much cheaper than charAt on UTF-16 strings. */
  private final char[] s;
  private final int n;
  private final PageFindings out;
  private int pos;

  private int phase = BEFORE_HEAD;
  private boolean tagSeen;
  private boolean headImplied;
  private final String[] stack = new String[MAX_DEPTH];
  private final byte[] kinds = new byte[MAX_DEPTH];
  /** For each open element, the index of the nearest table, row group, row or cell at or below it, or -1. */
  private final int[] tables = new int[MAX_DEPTH];
  private int depth;
  private int svgDepth;
  private int forms;

  // The start tag being read: attribute names, and where their values are (from -1: no value).
  private String[] keys = new String[16];
  private boolean[] lower = new boolean[16];
  private int[] valueFrom = new int[16];
  private int[] valueTo = new int[16];
  private String[] values = new String[16];
  private int count;
  private boolean selfClosing;
  private boolean tooMany;

  private MarkupScanner(String html, PageFindings out) {
    this.html = html;
    this.s = html.toCharArray();
    this.n = s.length;
    this.out = out;
  }

  /**
   * Reads {@code html} into {@code out}.
   *
   * @return false when the page uses markup the scanner does not follow exactly; {@code out} is
   *     then incomplete and must be discarded
   */
  static boolean scan(String html, PageFindings out) {
    return new MarkupScanner(html, out).run();
  }

  /** Where the scanner gives up on {@code html} (about: the markup it was reading), or -1; for tests. */
  static int refusal(String html) {
    MarkupScanner scanner = new MarkupScanner(html, new PageFindings());
    return scanner.run() ? -1 : scanner.pos;
  }

  private boolean run() {
    while (pos < n) {
      int lt = indexOf('<', pos);
      int end = lt < 0 ? n : lt;
      if (phase != IN_BODY && !blank(pos, end) && !text()) {
        return false;
      }
      if (lt < 0) {
        return true;
      }
      pos = lt + 1;
      if (pos >= n) {
        return phase == IN_BODY || text(); // a '<' at the end is text
      }
      char c = s[pos];
      boolean ok;
      if (c == '!') {
        ok = declaration();
      } else if (c == '/') {
        ok = endTagOpen();
      } else if (c == '?') {
        pos = bogusComment(pos);
        ok = true;
      } else if (asciiLetter(c)) {
        ok = startTag();
      } else {
        ok = phase == IN_BODY || text(); // '<' followed by anything else is text
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- text, comments, declarations

  /** Text that is not blank, before the body: jsoup then opens the body itself. */
  private boolean text() {
    switch (phase) {
      case BEFORE_HEAD, AFTER_HEAD -> {
        return impliedBody();
      }
      case IN_HEAD -> {
        return headImplied && impliedBody(); // text would close an explicit <head> early
      }
      default -> {
        return false; // text after </body>: jsoup reopens the body
      }
    }
  }

  /** jsoup's isBlank: only ' ', \t, \n, \f, \r. A character reference counts as text here. */
  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!whitespace(s[i])) {
        return false;
      }
    }
    return true;
  }

  /** After {@code <!}: a comment, a doctype, CDATA or a bogus comment. */
  private boolean declaration() {
    int p = pos + 1;
    if (startsWith("--", p)) {
      pos = comment(p + 2);
    } else if (matchesIgnoreCase(p, "DOCTYPE")) {
      int end = doctype(p + 7);
      if (end < 0) {
        return false;
      }
      pos = end;
    } else if (startsWith("[CDATA[", p)) {
      int close = html.indexOf("]]>", p + 7);
      pos = close < 0 ? n : close + 3;
      return phase == IN_BODY || text(); // CDATA is character data
    } else {
      pos = bogusComment(p);
    }
    return true;
  }

  /** jsoup's matchesIgnoreCase for an upper-case {@code seq}: characters compared upper-cased. */
  private boolean matchesIgnoreCase(int p, String seq) {
    if (p + seq.length() > n) {
      return false;
    }
    for (int i = 0; i < seq.length(); i++) {
      if (Character.toUpperCase(s[p + i]) != seq.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // jsoup's doctype states, from just after "<!DOCTYPE".
  private static final int DOCTYPE = 0;
  private static final int BEFORE_DOCTYPE_NAME = 1;
  private static final int DOCTYPE_NAME = 2;
  private static final int AFTER_DOCTYPE_NAME = 3;
  private static final int AFTER_KEYWORD = 4;
  private static final int BEFORE_IDENTIFIER = 5;
  private static final int AFTER_PUBLIC_IDENTIFIER = 6;
  private static final int AFTER_SYSTEM_KEYWORD = 7;
  private static final int AFTER_SYSTEM_IDENTIFIER = 8;
  private static final int BOGUS_DOCTYPE = 9;

  /**
   * Follows jsoup's doctype states (which, unlike the standard, take a '>' right after
   * "DOCTYPE " as part of the name) to the end of the doctype; returns the position after it,
   * or -1 where jsoup's states misbehave ("SYSTEM" followed by anything odd).
   */
  private int doctype(int i) {
    int state = DOCTYPE;
    char quote = 0;
    boolean system = false;
    while (true) {
      if (i >= n) {
        return n;
      }
      char c = s[i];
      if (quote != 0) { // a quoted public or system identifier
        i++;
        if (c == '>') {
          return i;
        } else if (c == quote) {
          quote = 0;
          state = system ? AFTER_SYSTEM_IDENTIFIER : AFTER_PUBLIC_IDENTIFIER;
        }
        continue;
      }
      switch (state) {
        case DOCTYPE -> {
          i++;
          if (c == '>') {
            return i;
          }
          state = BEFORE_DOCTYPE_NAME; // whitespace or not, the character is gone
        }
        case BEFORE_DOCTYPE_NAME -> {
          if (!asciiLetter(c)) {
            i++;
            if (whitespace(c)) {
              continue;
            } // anything else, '>' included, starts the name
          }
          state = DOCTYPE_NAME;
        }
        case DOCTYPE_NAME -> {
          i++;
          if (c == '>') {
            return i;
          } else if (whitespace(c)) {
            state = AFTER_DOCTYPE_NAME;
          }
        }
        case AFTER_DOCTYPE_NAME -> {
          if (whitespace(c)) {
            i++;
          } else if (c == '>') {
            return i + 1;
          } else if (matchesIgnoreCase(i, "PUBLIC")) {
            i += 6;
            state = AFTER_KEYWORD;
          } else if (matchesIgnoreCase(i, "SYSTEM")) {
            i += 6;
            system = true;
            state = AFTER_SYSTEM_KEYWORD;
          } else {
            i++;
            state = BOGUS_DOCTYPE;
          }
        }
        case AFTER_KEYWORD, BEFORE_IDENTIFIER, AFTER_PUBLIC_IDENTIFIER, AFTER_SYSTEM_KEYWORD,
            AFTER_SYSTEM_IDENTIFIER -> {
          i++;
          if (c == '>') {
            return i;
          } else if (whitespace(c)) {
            if (state == AFTER_KEYWORD || state == AFTER_SYSTEM_KEYWORD) {
              state = BEFORE_IDENTIFIER;
            }
          } else if ((c == '"' || c == '\'') && state != AFTER_SYSTEM_IDENTIFIER) {
            quote = c;
            if (state == AFTER_PUBLIC_IDENTIFIER) {
              system = true; // the system identifier follows the public one
            }
          } else if (state == AFTER_SYSTEM_KEYWORD) {
            return -1; // jsoup emits the doctype and stays in this state
          } else {
            state = BOGUS_DOCTYPE;
          }
        }
        default -> { // BOGUS_DOCTYPE
          i++;
          if (c == '>') {
            return i;
          }
        }
      }
    }
  }

  /** jsoup's comment states from just after {@code <!--}; returns the position after the comment. */
  private int comment(int i) {
    if (i >= n) {
      return n;
    }
    char c = s[i++];
    if (c == '>') {
      return i; // <!-->
    }
    if (c == '-') { // CommentStartDash
      if (i >= n) {
        return n;
      }
      c = s[i++];
      if (c == '>') {
        return i; // <!--->
      }
      if (c == '-') {
        return commentEnd(i);
      }
    }
    return commentBody(i);
  }

  /** Comment state: on to the next '-'. */
  private int commentBody(int i) {
    while (true) {
      int dash = indexOf('-', i);
      if (dash < 0) {
        return n;
      }
      i = dash + 1; // CommentEndDash
      if (i >= n) {
        return n;
      }
      if (s[i++] == '-') {
        return commentEnd(i);
      }
    }
  }

  /** CommentEnd and CommentEndBang, after "--". */
  private int commentEnd(int i) {
    while (true) {
      if (i >= n) {
        return n;
      }
      char c = s[i++];
      if (c == '>') {
        return i;
      } else if (c == '-') {
        continue;
      } else if (c == '!') {
        if (i >= n) {
          return n;
        }
        c = s[i++];
        if (c == '>') {
          return i;
        } else if (c == '-') { // back to CommentEndDash
          if (i >= n) {
            return n;
          }
          if (s[i++] == '-') {
            continue;
          }
        }
      }
      return commentBody(i);
    }
  }

  /** A bogus comment runs to the next '>'. */
  private int bogusComment(int from) {
    int gt = indexOf('>', from);
    return gt < 0 ? n : gt + 1;
  }

  // ---------------------------------------------------------------- tags

  /** The lower-case name of the tag from {@code from} to {@code to}; null if it has unusual characters. */
  private String tagName(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (!(asciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_' || c == '.')) {
        return null; // jsoup would keep odd characters, trim or replace some; not worth following
      }
    }
    String known = Names.find(s, from, to, true);
    return known != null ? known : new String(s, from, to - from).toLowerCase(Locale.ROOT);
  }

  /** Index of the first whitespace, '/' or '>' from {@code i}, or n. */
  private int tagNameEnd(int i) {
    while (i < n) {
      char c = s[i];
      if (c == '>' || c == '/' || whitespace(c)) {
        return i;
      }
      i++;
    }
    return n;
  }

  private boolean startTag() {
    int end = tagNameEnd(pos);
    if (end >= n) {
      return false; // end of file inside the tag: jsoup drops it
    }
    String name = tagName(pos, end);
    if (name == null) {
      return false;
    }
    pos = end;
    if (!readTag(true)) {
      return false;
    }
    boolean first = !tagSeen;
    tagSeen = true;
    return open(name, first);
  }

  private boolean endTagOpen() {
    int p = pos + 1; // after "</"
    if (p >= n) {
      pos = n;
      return phase == IN_BODY || text(); // "</" at the end is text
    }
    char c = s[p];
    if (c == '>') {
      pos = p + 1; // "</>" is dropped
      return true;
    }
    if (!asciiLetter(c)) {
      pos = bogusComment(p);
      return true;
    }
    int end = tagNameEnd(p);
    if (end >= n) {
      return false;
    }
    String name = tagName(p, end);
    if (name == null) {
      return false;
    }
    pos = end;
    if (!readTag(false)) {
      return false;
    }
    tagSeen = true;
    return close(name);
  }

  /**
   * Reads the attributes of a tag, from the character after its name (whitespace, '/' or '>'),
   * to just after its '>'. Start tags keep them in {@link #keys} and {@link #valueFrom}.
   *
   * @return false at the end of the file (jsoup then drops the tag), on a NUL, or on too many attributes
   */
  private boolean readTag(boolean start) {
    count = 0;
    selfClosing = false;
    tooMany = false;
    int nameFrom = -1; // the pending attribute's name, from nameFrom to nameTo
    int nameTo = -1;
    int i = pos;
    char c = s[i++];
    if (c == '>') {
      pos = i;
      return true;
    }
    int state = c == '/' ? SELF_CLOSING : BEFORE_NAME;
    while (true) {
      if (i >= n) {
        return false;
      }
      c = s[i++];
      switch (state) {
        case BEFORE_NAME, AFTER_NAME -> {
          if (whitespace(c)) {
            continue;
          } else if (c == '/') {
            state = SELF_CLOSING;
            continue;
          } else if (c == '>') {
            return end(start, nameFrom, nameTo, i);
          } else if (state == AFTER_NAME && c == '=') {
            state = BEFORE_VALUE;
            continue;
          } else if (c == 0) {
            return false;
          }
          // A new attribute; its first character belongs to the name whatever it is ('=', quotes).
          add(start, nameFrom, nameTo, -1, -1);
          nameFrom = i - 1;
          while (i < n) {
            c = s[i];
            if (whitespace(c) || c == '/' || c == '=' || c == '>') {
              break;
            } else if (c == 0) {
              return false;
            }
            i++;
          }
          if (i >= n) {
            return false;
          }
          nameTo = i;
          c = s[i++];
          if (c == '>') {
            return end(start, nameFrom, nameTo, i);
          }
          state = c == '/' ? SELF_CLOSING : c == '=' ? BEFORE_VALUE : AFTER_NAME;
        }
        case BEFORE_VALUE -> {
          if (whitespace(c)) {
            continue;
          } else if (c == '>') {
            return end(start, nameFrom, nameTo, i);
          } else if (c == 0) {
            return false;
          } else if (c == '"' || c == '\'') {
            char quote = c;
            int from = i;
            while (i < n && (c = s[i]) != quote) {
              if (c == 0) {
                return false;
              }
              i++;
            }
            if (i >= n) {
              return false;
            }
            add(start, nameFrom, nameTo, from, i);
            nameFrom = -1;
            i++;
            state = AFTER_QUOTED;
          } else {
            // Unquoted, from this character on ('&', '<', '=', '`' included) to whitespace or '>'.
            int from = i - 1;
            while (i < n) {
              c = s[i];
              if (whitespace(c) || c == '>') {
                break;
              } else if (c == 0) {
                return false;
              }
              i++;
            }
            if (i >= n) {
              return false;
            }
            add(start, nameFrom, nameTo, from, i);
            nameFrom = -1;
            if (s[i++] == '>') {
              return end(start, -1, -1, i);
            }
            state = BEFORE_NAME;
          }
        }
        case AFTER_QUOTED -> {
          if (whitespace(c)) {
            state = BEFORE_NAME;
          } else if (c == '/') {
            state = SELF_CLOSING;
          } else if (c == '>') {
            return end(start, -1, -1, i);
          } else {
            i--; // read again as the start of the next attribute
            state = BEFORE_NAME;
          }
        }
        default -> { // SELF_CLOSING
          if (c == '>') {
            selfClosing = true;
            return end(start, nameFrom, nameTo, i);
          }
          i--;
          state = BEFORE_NAME;
        }
      }
    }
  }

  private boolean end(boolean start, int nameFrom, int nameTo, int next) {
    add(start, nameFrom, nameTo, -1, -1);
    pos = next;
    return !tooMany;
  }

  /**
   * Keeps an attribute of a start tag as jsoup does: name trimmed, dropped if that leaves nothing.
   * Its value is only located here, and made into a string if the findings need it.
   */
  private void add(boolean start, int nameFrom, int nameTo, int from, int to) {
    if (!start || nameFrom < 0) {
      return;
    }
    String name = Names.find(s, nameFrom, nameTo, false);
    boolean isLower = name != null;
    if (name == null) {
      name = new String(s, nameFrom, nameTo - nameFrom).trim();
      if (name.isEmpty()) {
        return;
      }
    }
    if (count == MAX_ATTRIBUTES) {
      tooMany = true;
      return;
    }
    if (count == keys.length) {
      keys = Arrays.copyOf(keys, count * 2);
      lower = Arrays.copyOf(lower, count * 2);
      valueFrom = Arrays.copyOf(valueFrom, count * 2);
      valueTo = Arrays.copyOf(valueTo, count * 2);
      values = Arrays.copyOf(values, count * 2);
    }
    keys[count] = name;
    lower[count] = isLower;
    valueFrom[count] = from;
    valueTo[count++] = to;
  }

  /** Hands the tag just read to the findings, its attributes normalised and de-duplicated as jsoup does. */
  private void emit(String name, boolean foreign) {
    if (count == 0) {
      return;
    }
    if (!foreign) { // HTML elements get lower-case keys; SVG ones keep theirs
      for (int i = 0; i < count; i++) {
        if (!lower[i]) {
          keys[i] = keys[i].toLowerCase(Locale.ROOT);
        }
      }
    }
    for (int i = 0; i < count; i++) { // the first of equal keys (any case) wins
      for (int j = i + 1; j < count; j++) {
        if (keys[i].equalsIgnoreCase(keys[j])) {
          System.arraycopy(keys, j + 1, keys, j, count - j - 1);
          System.arraycopy(valueFrom, j + 1, valueFrom, j, count - j - 1);
          System.arraycopy(valueTo, j + 1, valueTo, j, count - j - 1);
          count--;
          j--;
        }
      }
    }
    for (int i = 0; i < count; i++) {
      values[i] = PageFindings.usesValue(keys[i]) ? value(valueFrom[i], valueTo[i]) : null;
    }
    out.element(name, keys, values, count);
  }

  /** An attribute value, entities decoded as jsoup decodes them in attributes; "" if none. */
  private String value(int from, int to) {
    if (from < 0) {
      return "";
    }
    String raw = new String(s, from, to - from);
    return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
  }

  // ---------------------------------------------------------------- tree building

  /** A start tag, by the tree builder's rules for where it stands. */
  private boolean open(String name, boolean first) {
    switch (phase) {
      case BEFORE_HEAD -> {
        switch (name) {
          case "html" -> {
            if (!first) {
              return false; // jsoup merges a later <html>'s attributes into the first
            }
            emit(name, false);
            return push(name, NORMAL);
          }
          case "head" -> {
            if (!ensureHtml()) {
              return false;
            }
            emit(name, false);
            phase = IN_HEAD;
            headImplied = false;
            return push(name, NORMAL);
          }
          case "body" -> {
            if (!ensureHtml()) {
              return false;
            }
            emit(name, false);
            phase = IN_BODY;
            return push(name, NORMAL);
          }
          case "frameset", "noscript", "template" -> {
            return false;
          }
          default -> {
            if (!ensureHtml()) {
              return false;
            }
            if (headElement(name)) {
              phase = IN_HEAD;
              headImplied = true;
              return head(name);
            }
            return impliedBody() && body(name);
          }
        }
      }
      case IN_HEAD -> {
        if (headElement(name)) {
          return head(name);
        }
        if (!headImplied) {
          return false; // jsoup would close the explicit <head> here
        }
        phase = AFTER_HEAD;
        return afterHead(name);
      }
      case AFTER_HEAD -> {
        return afterHead(name);
      }
      case IN_BODY -> {
        return body(name);
      }
      default -> {
        return false; // after </body>: jsoup reopens the body
      }
    }
  }

  private boolean afterHead(String name) {
    switch (name) {
      case "body" -> {
        emit(name, false);
        phase = IN_BODY;
        return push(name, NORMAL);
      }
      case "html", "head", "frameset", "noscript", "template" -> {
        return false;
      }
      default -> {
        if (headElement(name)) {
          return head(name); // jsoup puts it in the head
        }
        return impliedBody() && body(name);
      }
    }
  }

  /** Elements the head keeps (noscript and template are not followed). */
  private static boolean headElement(String name) {
    return switch (name) {
      case "base", "basefont", "bgsound", "command", "link", "meta", "title", "noframes", "style", "script" -> true;
      default -> false;
    };
  }

  private boolean head(String name) {
    emit(name, false);
    return switch (name) {
      case "title", "noframes", "style", "script" -> rawText(name);
      default -> true; // empty elements
    };
  }

  private boolean body(String name) {
    if (svgDepth > 0) {
      return svgChild(name);
    }
    int table = depth == 0 ? -1 : tables[depth - 1];
    if (table >= 0 && !stack[table].equals("td") && !stack[table].equals("th")) {
      return tablePart(stack[table], name);
    }
    switch (name) {
      // dropped or merged by jsoup's in-body rules, or needing its other insertion modes
      case "html", "body", "head", "frameset", "frame", "caption", "col", "colgroup", "tbody", "thead", "tfoot", "tr",
          "td", "th", "select", "template", "math", "plaintext", "image", "noscript" -> {
        return false;
      }
      case "form" -> {
        if (forms > 0) {
          return false; // jsoup drops a form inside a form
        }
        emit(name, false);
        forms++;
        return push(name, NORMAL);
      }
      case "area", "br", "embed", "img", "keygen", "wbr", "input", "hr", "param", "source", "track", "base", "basefont",
          "bgsound", "command", "link", "meta" -> {
        emit(name, false);
        return true;
      }
      case "title", "textarea", "script", "style", "xmp", "iframe", "noembed", "noframes" -> {
        emit(name, false);
        return rawText(name);
      }
      case "svg" -> {
        emit(name, true);
        if (selfClosing) {
          return true;
        }
        svgDepth++;
        return push(name, SVG);
      }
      case "menuitem", "device" -> { // void tags jsoup inserts like others: closed only when self-closing
        emit(name, false);
        return selfClosing || push(name, NORMAL);
      }
      default -> {
        emit(name, false);
        return push(name, NORMAL); // '/>' does not close an HTML element
      }
    }
  }

  /** A tag directly in a table, a row group or a row: only the table's own structure is followed. */
  private boolean tablePart(String context, String name) {
    switch (context) {
      case "table" -> {
        switch (name) {
          case "thead", "tbody", "tfoot" -> {
            emit(name, false);
            return push(name, NORMAL);
          }
          case "tr" -> {
            emit(name, false);
            return push("tbody", IMPLIED) && push(name, NORMAL);
          }
          default -> {
            return false;
          }
        }
      }
      case "thead", "tbody", "tfoot" -> {
        if (!name.equals("tr")) {
          return false;
        }
        emit(name, false);
        return push(name, NORMAL);
      }
      default -> { // tr
        if (!name.equals("td") && !name.equals("th")) {
          return false;
        }
        emit(name, false);
        return push(name, NORMAL);
      }
    }
  }

  /**
   * Inside {@code <svg>}: plain shapes only (no HTML break-outs, no raw text), and {@code title} and
   * {@code desc} holding text only (they are HTML integration points: jsoup reads tags in them as HTML).
   */
  private boolean svgChild(String name) {
    String parent = stack[depth - 1];
    if (parent.equals("title") || parent.equals("desc")) {
      return false;
    }
    switch (name) {
      case "path", "g", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "defs", "use",
          "symbol", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "marker", "title",
          "desc" -> {
        emit(name, true);
        if (selfClosing) {
          return true; // jsoup closes self-closing foreign elements
        }
        svgDepth++;
        return push(name, SVG);
      }
      default -> {
        return false;
      }
    }
  }

  /** An end tag: it must close the element on top of the stack. */
  private boolean close(String name) {
    switch (phase) {
      case IN_HEAD -> {
        if (!name.equals("head")) {
          return false;
        }
        if (!headImplied) {
          if (!top(name)) {
            return false;
          }
          pop();
        }
        phase = AFTER_HEAD;
        return true;
      }
      case IN_BODY -> {
        if (svgDepth > 0) {
          // jsoup closes the nearest SVG element of that name and all above it; an HTML one is not followed
          for (int i = depth - 1; i >= 0 && kinds[i] == SVG; i--) {
            if (stack[i].equals(name)) {
              while (depth > i) {
                pop();
              }
              return true;
            }
          }
          return false;
        }
        if (depth == 0) {
          return false;
        }
        if (kinds[depth - 1] == IMPLIED) {
          if (!stack[depth - 1].equals("tbody") || !(name.equals("tbody") || name.equals("table"))) {
            return false; // an implied html or body: jsoup's after-body rules are not followed
          }
          pop();
          if (name.equals("tbody")) {
            return true;
          }
        }
        if (!top(name)) {
          return false;
        }
        pop();
        if (name.equals("body")) {
          phase = AFTER_BODY;
        }
        return true;
      }
      case AFTER_BODY -> {
        if (!name.equals("html") || depth != 1 || !stack[0].equals("html")) {
          return false;
        }
        pop();
        phase = AFTER_HTML;
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private boolean top(String name) {
    return depth > 0 && kinds[depth - 1] != IMPLIED && stack[depth - 1].equals(name);
  }

  private boolean push(String name, byte kind) {
    if (depth == MAX_DEPTH) {
      return false;
    }
    boolean table = kind != SVG && switch (name) {
      case "table", "thead", "tbody", "tfoot", "tr", "td", "th" -> true;
      default -> false;
    };
    tables[depth] = table ? depth : depth == 0 ? -1 : tables[depth - 1];
    stack[depth] = name;
    kinds[depth++] = kind;
    return true;
  }

  private void pop() {
    depth--;
    if (kinds[depth] == SVG) {
      svgDepth--;
    } else if (stack[depth].equals("form")) {
      forms--;
    }
  }

  private boolean ensureHtml() {
    return depth > 0 || push("html", IMPLIED);
  }

  /** jsoup opens the head and body itself (without attributes) when content comes first. */
  private boolean impliedBody() {
    phase = IN_BODY;
    return ensureHtml() && push("body", IMPLIED);
  }

  /**
   * Skips the content of a raw-text or RCDATA element to just after its end tag, the way jsoup's
   * tokeniser finds that end tag.
   */
  private boolean rawText(String name) {
    int len = name.length();
    boolean script = name.equals("script");
    boolean rcdata = name.equals("title") || name.equals("textarea");
    int i = pos;
    while (true) {
      int lt = indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        return false; // no end tag: jsoup runs to the end of the file
      }
      char c = s[lt + 1];
      if (c != '/') {
        if (script && startsWith("!--", lt + 1)) {
          return false; // script data escape states: not followed
        }
        if (rcdata && asciiLetter(c) && html.indexOf("</" + name, lt) < 0
            && html.indexOf("</" + name.toUpperCase(Locale.ENGLISH), lt) < 0) {
          return false; // jsoup ends the element here, unless "</name" follows in lower or upper case
        }
        i = lt + 1;
        continue;
      }
      int from = lt + 2;
      if (from >= n || !asciiLetter(s[from])) {
        i = from;
        continue;
      }
      // jsoup reads the end tag's name on from a second letter only; in RCDATA one letter is taken
      // alone if no letter follows (raw text takes the whole name either way).
      int end = rcdata && from + 1 < n && !asciiLetter(s[from + 1]) ? from + 1 : tagNameEnd(from);
      if (end < n && end - from == len && equalsIgnoreCase(from, name)) {
        pos = end;
        return readTag(false); // the end tag, with whatever attributes it carries
      }
      i = end;
    }
  }

  /** As String.equalsIgnoreCase, which jsoup uses to recognise the end tag. */
  private boolean equalsIgnoreCase(int from, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c1 = s[from + i];
      char c2 = name.charAt(i);
      if (c1 != c2) {
        char u1 = Character.toUpperCase(c1);
        char u2 = Character.toUpperCase(c2);
        if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
          return false;
        }
      }
    }
    return true;
  }

  private int indexOf(char c, int from) {
    for (int i = from; i < n; i++) {
      if (s[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private boolean startsWith(String prefix, int at) {
    if (at + prefix.length() > n) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (s[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean whitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The tag and attribute names pages are made of, as shared constants: no string to make, and the
   * name switches above compare them by identity first.
   */
  static final class Names {
    private static final String[] NAMES = {
      "html", "head", "body", "title", "meta", "link", "script", "style", "base", "basefont", "bgsound", "command",
      "noframes", "noscript", "template", "frameset", "frame", "a", "abbr", "address", "area", "article", "aside",
      "b", "blockquote", "br", "button", "caption", "code", "col", "colgroup", "dd", "del", "details", "device",
      "dfn", "div", "dl", "dt", "em", "embed", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hr", "i", "iframe", "image", "img", "input", "ins", "kbd", "keygen", "label", "li", "listing",
      "main", "mark", "math", "menuitem", "nav", "noembed", "ol", "p", "param", "plaintext", "pre", "s", "samp",
      "section", "select", "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
      "textarea", "tfoot", "th", "thead", "time", "tr", "track", "u", "ul", "var", "video", "wbr", "xmp", "svg",
      "path", "g", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "defs", "use",
      "symbol", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "marker", "desc",
      // attribute names
      "id", "class", "href", "src", "name", "content", "http-equiv", "charset", "rel", "type", "lang", "dir",
      "defer", "async", "alt", "width", "height", "hidden", "role", "tabindex", "datetime", "value", "colspan",
      "rowspan", "scope", "align", "start", "viewbox", "fill", "stroke", "stroke-width", "stroke-linecap", "d", "x",
      "y", "x1", "x2", "y1", "y2", "rx", "ry", "cx", "cy", "r", "transform", "points", "aria-hidden", "aria-label",
      "aria-current", "aria-labelledby", "aria-describedby", "data-root", "data-page", "data-due", "data-warn",
      "data-risk", "data-tags", "data-owner", "data-category", "data-status", "data-sort", "text-anchor", "for",
      "action", "method", "placeholder", "autocomplete", "checked", "disabled", "open", "srcset", "poster", "data",
      "background", "formaction", "xlink:href", "loading", "decoding", "crossorigin", "integrity", "media", "sizes"};
    private static final int SIZE = 1024;
    private static final String[] TABLE = new String[SIZE];
    /** The same names as arrays, compared without String.charAt. */
    private static final char[][] CHARS = new char[SIZE][];

    static {
      for (String name : NAMES) {
        int slot = hash(name) & (SIZE - 1);
        while (TABLE[slot] != null && !TABLE[slot].equals(name)) {
          slot = (slot + 1) & (SIZE - 1);
        }
        TABLE[slot] = name.intern();
        CHARS[slot] = name.toCharArray();
      }
    }

    private Names() {}

    private static int hash(String name) {
      int h = 0;
      for (int i = 0; i < name.length(); i++) {
        h = 31 * h + name.charAt(i);
      }
      return h ^ (h >>> 9);
    }

    /**
     * The constant for the name in {@code s[from, to)}, ASCII letters in any case if {@code
     * anyCase}, else exactly as the constant; or null.
     */
    static String find(char[] s, int from, int to, boolean anyCase) {
      int h = 0;
      for (int i = from; i < to; i++) {
        char c = s[i];
        if (anyCase && c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        h = 31 * h + c;
      }
      int slot = (h ^ (h >>> 9)) & (SIZE - 1);
      while (true) {
        char[] name = CHARS[slot];
        if (name == null) {
          return null;
        }
        if (matches(name, s, from, to, anyCase)) {
          return TABLE[slot];
        }
        slot = (slot + 1) & (SIZE - 1);
      }
    }

    private static boolean matches(char[] name, char[] s, int from, int to, boolean anyCase) {
      if (name.length != to - from) {
        return false;
      }
      for (int i = 0; i < name.length; i++) {
        char c = s[from + i];
        if (anyCase && c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if (c != name[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
