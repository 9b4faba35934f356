package dev.runbook.core.site.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * Reads the elements and attributes of a page exactly as jsoup 1.21's HTML parser would hand
 * them to {@link PageFindings}, without building a tree: a single pass over the page's UTF-8
 * bytes that follows jsoup's tokeniser state by state (tags; attributes double-, single- and
 * unquoted, a {@code >} inside quotes, names in any case, first of duplicate attributes kept;
 * comments, {@code <!DOCTYPE>}, CDATA and bogus comments; {@code <script>}, {@code <style>} and
 * the other raw-text and RCDATA elements, whose content is not markup; entities in attribute
 * values decoded as jsoup's own {@link Parser#unescapeEntities} decodes them: {@link AttributeEntities}).
 *
 * <p>The reference is jsoup's reading of the page decoded as {@code new String(utf8, UTF_8)}
 * decodes it (malformed sequences replaced by U+FFFD). All markup is ASCII, and in UTF-8, valid
 * or not, a byte below 0x80 is always that ASCII character and never part of another one; so the
 * scanner works on bytes: the bytes of any other character, 0x80 and up, are passed over by every
 * state as it would pass over the character. Where jsoup looks at a single character that may be
 * other than ASCII, the scanner decodes or gives up: attribute names it does not know and the
 * values the findings read are decoded from their slice of the page (which starts and ends next
 * to ASCII bytes, so it decodes to exactly its part of the decoded page); a tag name with such a
 * character, or one right after {@code <!DOCTYPE} or where {@code PUBLIC} or {@code SYSTEM} may
 * start, makes it give up.
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
 *
 * <p>Cost: the page is read in place, never decoded or copied; text, quoted attribute values,
 * comments and raw text are skipped by tight loops over the bytes; tag and attribute names are
 * looked up while they are read, as numbers into {@link Names}, and the tree builder's rules are
 * tables over those numbers; only the attribute values the findings use are made into strings.
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
  private static final byte SVG_KIND = 2;

  // Attribute tokeniser states (after jsoup's TokeniserState).
  private static final int BEFORE_NAME = 0;
  private static final int AFTER_NAME = 1;
  private static final int BEFORE_VALUE = 2;
  private static final int AFTER_QUOTED = 3;
  private static final int SELF_CLOSING = 4;

  /** The page, UTF-8 as written. */
  private final byte[] page;
  private final int n;
  private final PageFindings out;
  private int pos;

  private int phase = BEFORE_HEAD;
  private boolean tagSeen;
  private boolean headImplied;
  /** The open elements: their {@link Names} codes ({@link Names#OTHER} for other names) and names. */
  private final int[] stack = new int[MAX_DEPTH];
  private final String[] stackNames = new String[MAX_DEPTH];
  /** For each open element, its end tag as written most often: "&lt;/name&gt;". */
  private final byte[][] closers = new byte[MAX_DEPTH][];
  private final byte[] kinds = new byte[MAX_DEPTH];
  /** For each open element, the index of the nearest table, row group, row or cell at or below it, or -1. */
  private final int[] tables = new int[MAX_DEPTH];
  private int depth;
  private int svgDepth;
  private int forms;

  /** The name read by {@link #tagName}: its code, the lower-case name, and the byte after it. */
  private int code;
  private String name;
  private int next;

  // The start tag being read: attribute name codes (OTHER: not a known name, see keys), names, and
  // where their values are (from -1: no value).
  private int[] codes = new int[16];
  private String[] keys = new String[16];
  private int[] valueFrom = new int[16];
  private int[] valueTo = new int[16];
  private String[] values = new String[16];
  private int count;
  /** Whether an attribute of the tag has a name that is not a known one. */
  private boolean odd;
  private boolean selfClosing;
  private boolean tooMany;

  private MarkupScanner(byte[] utf8, PageFindings out) {
    this.page = utf8;
    this.n = utf8.length;
    this.out = out;
  }

  /**
   * Reads a page, given as UTF-8, into {@code out}: what jsoup finds in {@code new String(utf8,
   * UTF_8)}.
   *
   * @return false when the page uses markup the scanner does not follow exactly; {@code out} is
   *     then incomplete and must be discarded
   */
  static boolean scan(byte[] utf8, PageFindings out) {
    return new MarkupScanner(utf8, out).run();
  }

  /** Where the scanner gives up on a page (about: the byte offset of the markup it was reading), or -1; for tests. */
  static int refusal(byte[] utf8) {
    MarkupScanner scanner = new MarkupScanner(utf8, new PageFindings());
    return scanner.run() ? -1 : scanner.pos;
  }

  /** The byte at {@code i}, from 0 to 255: an ASCII character below 0x80. */
  private int at(int i) {
    return page[i] & 0xff;
  }

  /** Index of the first byte {@code c} (ASCII) from {@code from}, or -1. */
  private int indexOf(int c, int from) {
    byte[] p = page;
    byte b = (byte) c;
    for (int i = from; i < p.length; i++) {
      if (p[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the first occurrence of {@code s} (ASCII) from {@code from}, or -1. */
  private int indexOf(byte[] s, int from) {
    for (int i = indexOf(s[0], from); i >= 0 && i + s.length <= n; i = indexOf(s[0], i + 1)) {
      if (startsWith(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the page holds {@code s} (ASCII) at {@code at}. */
  private boolean startsWith(byte[] s, int at) {
    if (at + s.length > n) {
      return false;
    }
    for (int i = 0; i < s.length; i++) {
      if (page[at + i] != s[i]) {
        return false;
      }
    }
    return true;
  }

  /** The bytes from {@code from} to {@code to}, which stand between ASCII characters, decoded. */
  private String decode(int from, int to) {
    return new String(page, from, to - from, StandardCharsets.UTF_8);
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
      int c = at(pos);
      boolean ok;
      if (asciiLetter(c)) {
        ok = startTag(c);
      } else if (c == '/') {
        ok = endTagOpen();
      } else if (c == '!') {
        ok = declaration();
      } else if (c == '?') {
        pos = bogusComment(pos);
        ok = true;
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
      if (!whitespace(at(i))) {
        return false;
      }
    }
    return true;
  }

  /** After {@code <!}: a comment, a doctype, CDATA or a bogus comment. */
  private boolean declaration() {
    int p = pos + 1;
    if (startsWith(DASHES, p)) {
      pos = comment(p + 2);
    } else if (matchesIgnoreCase(p, "DOCTYPE")) {
      int end = doctype(p + 7);
      if (end < 0) {
        return false;
      }
      pos = end;
    } else if (startsWith(CDATA, p)) {
      int close = indexOf(CDATA_END, p + 7);
      pos = close < 0 ? n : close + 3;
      return phase == IN_BODY || text(); // CDATA is character data
    } else {
      pos = bogusComment(p);
    }
    return true;
  }

  /**
   * jsoup's matchesIgnoreCase for an upper-case ASCII {@code seq}: characters compared upper-cased.
   * Of the other characters only U+0131 and U+017F upper-case to ASCII ('I' and 'S'): for a {@code
   * seq} without those letters a non-ASCII byte never matches.
   */
  private boolean matchesIgnoreCase(int p, String seq) {
    if (p + seq.length() > n) {
      return false;
    }
    for (int i = 0; i < seq.length(); i++) {
      int c = at(p + i);
      if (c >= 'a' && c <= 'z') {
        c -= 'a' - 'A';
      }
      if (c != seq.charAt(i)) {
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
   * or -1 where jsoup's states misbehave ("SYSTEM" followed by anything odd) and where a
   * non-ASCII character would have to be taken whole: right after "DOCTYPE" (the state after it
   * looks at the next character) and where "PUBLIC" or "SYSTEM" may start (matched ignoring case,
   * which lets "ı" be an "I" and "ſ" an "S"). Elsewhere every state passes over the bytes of one
   * character as over the character.
   */
  private int doctype(int i) {
    int state = DOCTYPE;
    int quote = 0;
    boolean system = false;
    while (true) {
      if (i >= n) {
        return n;
      }
      int c = at(i);
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
          } else if (c >= 0x80) {
            return -1;
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
          if (!ascii(i, Math.min(n, i + 6))) {
            return -1;
          } else if (whitespace(c)) {
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
    int c = at(i++);
    if (c == '>') {
      return i; // <!-->
    }
    if (c == '-') { // CommentStartDash
      if (i >= n) {
        return n;
      }
      c = at(i++);
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
      if (at(i++) == '-') {
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
      int c = at(i++);
      if (c == '>') {
        return i;
      } else if (c == '-') {
        continue;
      } else if (c == '!') {
        if (i >= n) {
          return n;
        }
        c = at(i++);
        if (c == '>') {
          return i;
        } else if (c == '-') { // back to CommentEndDash
          if (i >= n) {
            return n;
          }
          if (at(i++) == '-') {
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

  /**
   * Reads a tag name from {@code from} (a letter, {@code c}) to whitespace, '/' or '>' and sets
   * {@link #code}, {@link #name} and {@link #next}; returns where it ends, or -1 at the end of the
   * file (jsoup drops the tag) or at a character beyond ASCII letters, digits and {@code -:_.}
   * (jsoup would keep odd characters, trim or replace some, lower-case others its own way; not
   * worth following).
   */
  private int tagName(int from, int c) {
    long lo = 0; // the last 16 characters, lower-cased, a byte each (see Names.find)
    long hi = 0;
    int i = from;
    while (true) {
      if (c >= 'a' && c <= 'z') {
        // as is
      } else if (c == '>' || c == '/' || whitespace(c)) {
        break;
      } else if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      } else if (!((c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_' || c == '.')) {
        return -1;
      }
      hi = (hi << 8) | (lo >>> 56);
      lo = (lo << 8) | c;
      if (++i >= n) {
        return -1;
      }
      c = at(i);
    }
    next = c;
    code = Names.find(lo, hi, i - from);
    name = code != Names.OTHER ? Names.NAMES[code]
        : new String(page, from, i - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return i;
  }

  /** Index of the first whitespace, '/' or '>' from {@code i}, or n. */
  private int tagNameEnd(int i) {
    while (i < n) {
      int c = at(i);
      if (c == '>' || c == '/' || whitespace(c)) {
        return i;
      }
      i++;
    }
    return n;
  }

  private boolean startTag(int c) {
    int end = -1;
    int guess = Names.TAG_GUESSES[c]; // c is an ASCII letter
    if (guess != Names.OTHER && startsWith(Names.BYTES[guess], pos)) {
      // the tag pages most often have that starts so, if it is that: read as tagName would
      int after = pos + Names.BYTES[guess].length;
      int t = after < n ? at(after) : 0;
      if (t == '>' || t == '/' || whitespace(t)) {
        end = after;
        code = guess;
        name = Names.NAMES[guess];
        next = t;
      }
    }
    if (end < 0) {
      end = tagName(pos, c);
    }
    if (end < 0) {
      return false;
    }
    pos = end;
    if (!readTag(true, next)) {
      return false;
    }
    boolean first = !tagSeen;
    tagSeen = true;
    return phase == IN_BODY ? body(code, name) : open(code, name, first);
  }

  private boolean endTagOpen() {
    if (depth > 0 && startsWith(closers[depth - 1], pos - 1)) {
      // most often "</name>" closing the open element, as it was written: read as below
      pos += closers[depth - 1].length - 1;
      tagSeen = true;
      return close(stack[depth - 1], stackNames[depth - 1]);
    }
    int p = pos + 1; // after "</"
    if (p >= n) {
      pos = n;
      return phase == IN_BODY || text(); // "</" at the end is text
    }
    int c = at(p);
    if (c == '>') {
      pos = p + 1; // "</>" is dropped
      return true;
    }
    if (!asciiLetter(c)) {
      pos = bogusComment(p);
      return true;
    }
    int end = tagName(p, c);
    if (end < 0) {
      return false;
    }
    pos = end;
    if (!readTag(false, next)) {
      return false;
    }
    tagSeen = true;
    return close(code, name);
  }

  /**
   * Reads the attributes of a tag, from the character after its name ({@code c} at {@link #pos}:
   * whitespace, '/' or '>'), to just after its '>'. Start tags keep them in {@link #codes}, {@link #keys} and {@link
   * #valueFrom}; names are looked up as they are read.
   *
   * @return false at the end of the file (jsoup then drops the tag), on a NUL in a name or an
   *     unquoted value, or on too many attributes. (A NUL in a quoted value is jsoup's U+FFFD in
   *     that value: nothing else changes; values the findings read are checked for it.)
   */
  private boolean readTag(boolean start, int c) {
    count = 0;
    odd = false;
    selfClosing = false;
    tooMany = false;
    int nameFrom = -1; // the pending attribute's name, from nameFrom to nameTo, and its code
    int nameTo = -1;
    int nameCode = Names.OTHER;
    int i = pos + 1;
    if (c == '>') {
      pos = i;
      return true;
    }
    int state = c == '/' ? SELF_CLOSING : BEFORE_NAME;
    while (true) {
      if (i >= n) {
        return false;
      }
      c = at(i++);
      switch (state) {
        case BEFORE_NAME, AFTER_NAME -> {
          if (whitespace(c)) {
            continue;
          } else if (c == '/') {
            state = SELF_CLOSING;
            continue;
          } else if (c == '>') {
            return end(start, nameFrom, nameTo, nameCode, i);
          } else if (state == AFTER_NAME && c == '=') {
            state = BEFORE_VALUE;
            continue;
          } else if (c == 0) {
            return false;
          }
          // A new attribute; its first character belongs to the name whatever it is ('=', quotes).
          add(start, nameFrom, nameTo, nameCode, -1, -1);
          nameFrom = i - 1;
          int guess = c < Names.GUESSES.length ? Names.GUESSES[c] : Names.OTHER;
          if (guess != Names.OTHER) { // the name pages most often have that starts so, if it is that
            byte[] guessed = Names.BYTES[guess];
            int end = nameFrom + guessed.length;
            if (startsWith(Names.QUOTED[guess], nameFrom)) { // name="value": read as the states below would
              int close = indexOf('"', end + 2);
              if (close < 0) {
                return false;
              }
              nameTo = end;
              nameCode = start ? guess : Names.OTHER;
              add(start, nameFrom, nameTo, nameCode, end + 2, close);
              nameFrom = -1;
              i = close + 1;
              state = AFTER_QUOTED;
              continue;
            }
            if (end < n && startsWith(guessed, nameFrom)) {
              int first = c;
              c = at(end);
              if (whitespace(c) || c == '/' || c == '=' || c == '>') { // what the loop below would read
                nameTo = end;
                nameCode = start ? guess : Names.OTHER;
                i = end + 1;
                if (c == '>') {
                  return end(start, nameFrom, nameTo, nameCode, i);
                }
                state = c == '/' ? SELF_CLOSING : c == '=' ? BEFORE_VALUE : AFTER_NAME;
                continue;
              }
              c = first;
            }
          }
          long lo = 0; // as in tagName
          long hi = 0;
          boolean known = true; // only printable ASCII: a name Names may hold (other bytes: decoded in add)
          while (true) {
            if (c >= 'A' && c <= 'Z') {
              c += 'a' - 'A';
            } else if (c <= ' ' || c >= 0x7f) {
              known = false;
            }
            hi = (hi << 8) | (lo >>> 56);
            lo = (lo << 8) | c;
            if (i >= n) {
              return false;
            }
            c = at(i);
            if (whitespace(c) || c == '/' || c == '=' || c == '>') {
              break;
            } else if (c == 0) {
              return false;
            }
            i++;
          }
          nameTo = i;
          nameCode = start && known ? Names.find(lo, hi, nameTo - nameFrom) : Names.OTHER;
          i++;
          if (c == '>') {
            return end(start, nameFrom, nameTo, nameCode, i);
          }
          state = c == '/' ? SELF_CLOSING : c == '=' ? BEFORE_VALUE : AFTER_NAME;
        }
        case BEFORE_VALUE -> {
          if (whitespace(c)) {
            continue;
          } else if (c == '>') {
            return end(start, nameFrom, nameTo, nameCode, i);
          } else if (c == 0) {
            return false;
          } else if (c == '"' || c == '\'') {
            int close = indexOf(c, i);
            if (close < 0) {
              return false;
            }
            add(start, nameFrom, nameTo, nameCode, i, close);
            nameFrom = -1;
            i = close + 1;
            state = AFTER_QUOTED;
          } else {
            // Unquoted, from this character on ('&', '<', '=', '`' included) to whitespace or '>'.
            int from = i - 1;
            while (i < n) {
              c = at(i);
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
            add(start, nameFrom, nameTo, nameCode, from, i);
            nameFrom = -1;
            if (at(i++) == '>') {
              return end(start, -1, -1, Names.OTHER, i);
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
            return end(start, -1, -1, Names.OTHER, i);
          } else {
            i--; // read again as the start of the next attribute
            state = BEFORE_NAME;
          }
        }
        default -> { // SELF_CLOSING
          if (c == '>') {
            selfClosing = true;
            return end(start, nameFrom, nameTo, nameCode, i);
          }
          i--;
          state = BEFORE_NAME;
        }
      }
    }
  }

  private boolean end(boolean start, int nameFrom, int nameTo, int nameCode, int next) {
    add(start, nameFrom, nameTo, nameCode, -1, -1);
    pos = next;
    return !tooMany;
  }

  /**
   * Keeps an attribute of a start tag as jsoup does: name trimmed, dropped if that leaves nothing.
   * Its value is only located here, and made into a string if the findings need it. A known name
   * ({@code nameCode}) needs no string: it is the constant, lower-cased, or (SVG) equal to it
   * ignoring case, which is all the findings ask of it.
   */
  private void add(boolean start, int nameFrom, int nameTo, int nameCode, int from, int to) {
    if (!start || nameFrom < 0) {
      return;
    }
    String key;
    if (nameCode != Names.OTHER) {
      key = Names.NAMES[nameCode];
    } else {
      key = decode(nameFrom, nameTo).trim();
      if (key.isEmpty()) {
        return;
      }
      odd = true;
    }
    if (count == MAX_ATTRIBUTES) {
      tooMany = true;
      return;
    }
    if (count == keys.length) {
      codes = Arrays.copyOf(codes, count * 2);
      keys = Arrays.copyOf(keys, count * 2);
      valueFrom = Arrays.copyOf(valueFrom, count * 2);
      valueTo = Arrays.copyOf(valueTo, count * 2);
      values = Arrays.copyOf(values, count * 2);
    }
    codes[count] = nameCode;
    keys[count] = key;
    valueFrom[count] = from;
    valueTo[count++] = to;
  }

  /**
   * Hands the start tag just read to the findings, its attributes normalised and de-duplicated as
   * jsoup does. Where all its attribute names are known ones, only the ids, {@code a name}s, URL
   * attributes and a {@code meta} refresh are read, by their codes, as {@link
   * PageFindings#element} reads them; otherwise by that method itself.
   *
   * @return false on a value the scanner does not read (a NUL in it)
   */
  private boolean emit(int tag, String name, boolean foreign) {
    if (count == 0) {
      return true;
    }
    if (odd) {
      return emitAny(name, foreign);
    }
    attributes:
    for (int i = 0; i < count; i++) {
      int a = codes[i];
      byte use = Names.ATTRIBUTE_USE[a];
      if (use == Names.UNUSED || (use == Names.NAME_ID && tag != Names.A)
          || (use == Names.CONTENT && tag != Names.META)) {
        continue;
      }
      for (int j = 0; j < i; j++) {
        if (codes[j] == a) {
          continue attributes; // the first of equal names wins
        }
      }
      String value = value(valueFrom[i], valueTo[i]);
      if (value == null) {
        return false;
      }
      if (use == Names.URL) {
        out.url(Names.NAMES[a], value);
      } else if (use == Names.CONTENT) { // as PageFindings.element: a refresh's target
        String refresh = "";
        for (int j = 0; j < count; j++) {
          if (codes[j] == Names.HTTP_EQUIV) { // the first, as jsoup keeps it
            refresh = value(valueFrom[j], valueTo[j]);
            if (refresh == null) {
              return false;
            }
            break;
          }
        }
        if (refresh.equalsIgnoreCase("refresh")) {
          int at = value.toLowerCase(Locale.ROOT).indexOf("url=");
          if (at >= 0) {
            out.url("refresh", value.substring(at + 4));
          }
        }
      } else {
        out.ids.add(value);
      }
    }
    return true;
  }

  /** {@link #emit} for any attributes: keys lower-cased for HTML elements, the first of equal keys kept. */
  private boolean emitAny(String name, boolean foreign) {
    if (!foreign) { // HTML elements get lower-case keys; SVG ones keep theirs
      for (int i = 0; i < count; i++) {
        if (codes[i] == Names.OTHER) {
          keys[i] = keys[i].toLowerCase(Locale.ROOT);
        }
      }
    }
    for (int i = 0; i < count; i++) { // the first of equal keys (any case) wins
      for (int j = i + 1; j < count; j++) {
        if (keys[i].equalsIgnoreCase(keys[j])) {
          System.arraycopy(keys, j + 1, keys, j, count - j - 1);
          System.arraycopy(codes, j + 1, codes, j, count - j - 1);
          System.arraycopy(valueFrom, j + 1, valueFrom, j, count - j - 1);
          System.arraycopy(valueTo, j + 1, valueTo, j, count - j - 1);
          count--;
          j--;
        }
      }
    }
    for (int i = 0; i < count; i++) {
      if (PageFindings.usesValue(keys[i])) {
        values[i] = value(valueFrom[i], valueTo[i]);
        if (values[i] == null) {
          return false;
        }
      } else {
        values[i] = null;
      }
    }
    out.element(name, keys, values, count);
    return true;
  }

  /** An attribute value, entities decoded as jsoup decodes them in attributes; "" if none; null if it holds a NUL. */
  private String value(int from, int to) {
    if (from < 0) {
      return "";
    }
    boolean entities = false;
    for (int i = from; i < to; i++) {
      byte b = page[i];
      if (b == 0) {
        return null;
      }
      entities |= b == '&';
    }
    String raw = decode(from, to);
    return entities ? AttributeEntities.decode(raw) : raw;
  }

  // ---------------------------------------------------------------- tree building

  /** A start tag, by the tree builder's rules for where it stands. */
  private boolean open(int tag, String name, boolean first) {
    switch (phase) {
      case BEFORE_HEAD -> {
        if (tag == Names.HTML) {
          if (!first) {
            return false; // jsoup merges a later <html>'s attributes into the first
          }
          return emit(tag, name, false) && push(tag, name, NORMAL);
        } else if (tag == Names.HEAD) {
          if (!ensureHtml() || !emit(tag, name, false)) {
            return false;
          }
          phase = IN_HEAD;
          headImplied = false;
          return push(tag, name, NORMAL);
        } else if (tag == Names.BODY) {
          if (!ensureHtml() || !emit(tag, name, false)) {
            return false;
          }
          phase = IN_BODY;
          return push(tag, name, NORMAL);
        } else if (tag == Names.FRAMESET || tag == Names.NOSCRIPT || tag == Names.TEMPLATE) {
          return false;
        }
        if (!ensureHtml()) {
          return false;
        }
        if (Names.rule(tag, Names.HEAD_ELEMENT)) {
          phase = IN_HEAD;
          headImplied = true;
          return head(tag, name);
        }
        return impliedBody() && body(tag, name);
      }
      case IN_HEAD -> {
        if (Names.rule(tag, Names.HEAD_ELEMENT)) {
          return head(tag, name);
        }
        if (!headImplied) {
          return false; // jsoup would close the explicit <head> here
        }
        phase = AFTER_HEAD;
        return afterHead(tag, name);
      }
      case AFTER_HEAD -> {
        return afterHead(tag, name);
      }
      case IN_BODY -> {
        return body(tag, name);
      }
      default -> {
        return false; // after </body>: jsoup reopens the body
      }
    }
  }

  private boolean afterHead(int tag, String name) {
    if (tag == Names.BODY) {
      if (!emit(tag, name, false)) {
        return false;
      }
      phase = IN_BODY;
      return push(tag, name, NORMAL);
    } else if (tag == Names.HTML || tag == Names.HEAD || tag == Names.FRAMESET || tag == Names.NOSCRIPT
        || tag == Names.TEMPLATE) {
      return false;
    } else if (Names.rule(tag, Names.HEAD_ELEMENT)) {
      return head(tag, name); // jsoup puts it in the head
    }
    return impliedBody() && body(tag, name);
  }

  /** An element the head keeps (noscript and template are not followed): empty, or raw text. */
  private boolean head(int tag, String name) {
    return emit(tag, name, false) && (!Names.rule(tag, Names.HEAD_RAW_TEXT) || rawText(name));
  }

  private boolean body(int tag, String name) {
    if (svgDepth > 0) {
      return svgChild(tag, name);
    }
    int table = depth == 0 ? -1 : tables[depth - 1];
    if (table >= 0 && stack[table] != Names.TD && stack[table] != Names.TH) {
      return tablePart(stack[table], tag, name);
    }
    switch (Names.BODY_RULE[tag]) {
      case Names.OPEN -> {
        return emit(tag, name, false) && push(tag, name, NORMAL); // '/>' does not close an HTML element
      }
      case Names.EMPTY -> {
        return emit(tag, name, false);
      }
      case Names.RAW_TEXT -> {
        return emit(tag, name, false) && rawText(name);
      }
      case Names.FORM_RULE -> {
        if (forms > 0) {
          return false; // jsoup drops a form inside a form
        }
        if (!emit(tag, name, false)) {
          return false;
        }
        forms++;
        return push(tag, name, NORMAL);
      }
      case Names.SVG_RULE -> {
        if (!emit(tag, name, true)) {
          return false;
        }
        if (selfClosing) {
          return true;
        }
        svgDepth++;
        return push(tag, name, SVG_KIND);
      }
      case Names.VOID_IF_SELF_CLOSING -> { // void tags jsoup inserts like others: closed only when self-closing
        return emit(tag, name, false) && (selfClosing || push(tag, name, NORMAL));
      }
      default -> {
        // dropped or merged by jsoup's in-body rules, or needing its other insertion modes
        return false;
      }
    }
  }

  /** A tag directly in a table, a row group or a row: only the table's own structure is followed. */
  private boolean tablePart(int context, int tag, String name) {
    if (context == Names.TABLE) {
      if (tag == Names.THEAD || tag == Names.TBODY || tag == Names.TFOOT) {
        return emit(tag, name, false) && push(tag, name, NORMAL);
      } else if (tag == Names.TR) {
        return emit(tag, name, false) && push(Names.TBODY, "tbody", IMPLIED) && push(tag, name, NORMAL);
      }
      return false;
    } else if (context == Names.THEAD || context == Names.TBODY || context == Names.TFOOT) {
      return tag == Names.TR && emit(tag, name, false) && push(tag, name, NORMAL);
    } else { // tr
      return (tag == Names.TD || tag == Names.TH) && emit(tag, name, false) && push(tag, name, NORMAL);
    }
  }

  /**
   * Inside {@code <svg>}: plain shapes only (no HTML break-outs, no raw text), and {@code title} and
   * {@code desc} holding text only (they are HTML integration points: jsoup reads tags in them as HTML).
   */
  private boolean svgChild(int tag, String name) {
    int parent = stack[depth - 1];
    if (parent == Names.TITLE || parent == Names.DESC || !Names.rule(tag, Names.SVG_CHILD)) {
      return false;
    }
    if (!emit(tag, name, true)) {
      return false;
    }
    if (selfClosing) {
      return true; // jsoup closes self-closing foreign elements
    }
    svgDepth++;
    return push(tag, name, SVG_KIND);
  }

  /** An end tag: it must close the element on top of the stack. */
  private boolean close(int tag, String name) {
    switch (phase) {
      case IN_HEAD -> {
        if (tag != Names.HEAD) {
          return false;
        }
        if (!headImplied) {
          if (!top(tag, name)) {
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
          for (int i = depth - 1; i >= 0 && kinds[i] == SVG_KIND; i--) {
            if (same(i, tag, name)) {
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
          if (stack[depth - 1] != Names.TBODY || !(tag == Names.TBODY || tag == Names.TABLE)) {
            return false; // an implied html or body: jsoup's after-body rules are not followed
          }
          pop();
          if (tag == Names.TBODY) {
            return true;
          }
        }
        if (!top(tag, name)) {
          return false;
        }
        pop();
        if (tag == Names.BODY) {
          phase = AFTER_BODY;
        }
        return true;
      }
      case AFTER_BODY -> {
        if (tag != Names.HTML || depth != 1 || stack[0] != Names.HTML) {
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

  /** Whether the open element at {@code i} has that name. */
  private boolean same(int i, int tag, String name) {
    return stack[i] == tag && (tag != Names.OTHER || stackNames[i].equals(name));
  }

  private boolean top(int tag, String name) {
    return depth > 0 && kinds[depth - 1] != IMPLIED && same(depth - 1, tag, name);
  }

  private boolean push(int tag, String name, byte kind) {
    if (depth == MAX_DEPTH) {
      return false;
    }
    boolean table = kind != SVG_KIND && Names.rule(tag, Names.TABLE_PART);
    tables[depth] = table ? depth : depth == 0 ? -1 : tables[depth - 1];
    stack[depth] = tag;
    stackNames[depth] = name;
    closers[depth] = tag != Names.OTHER ? Names.CLOSERS[tag] : ascii("</" + name + ">");
    kinds[depth++] = kind;
    return true;
  }

  private void pop() {
    depth--;
    if (kinds[depth] == SVG_KIND) {
      svgDepth--;
    } else if (stack[depth] == Names.FORM) {
      forms--;
    }
  }

  private boolean ensureHtml() {
    return depth > 0 || push(Names.HTML, "html", IMPLIED);
  }

  /** jsoup opens the head and body itself (without attributes) when content comes first. */
  private boolean impliedBody() {
    phase = IN_BODY;
    return ensureHtml() && push(Names.BODY, "body", IMPLIED);
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
      int c = at(lt + 1);
      if (c != '/') {
        if (script && startsWith(BANG_DASHES, lt + 1)) {
          return false; // script data escape states: not followed
        }
        if (rcdata && asciiLetter(c) && indexOf(ascii("</" + name), lt) < 0
            && indexOf(ascii("</" + name.toUpperCase(Locale.ENGLISH)), lt) < 0) {
          return false; // jsoup ends the element here, unless "</name" follows in lower or upper case
        }
        i = lt + 1;
        continue;
      }
      int from = lt + 2;
      if (from >= n || !asciiLetter(at(from))) {
        i = from;
        continue;
      }
      // jsoup reads the end tag's name on from a second letter only; in RCDATA one letter is taken
      // alone if no letter follows (raw text takes the whole name either way).
      int end = rcdata && from + 1 < n && !asciiLetter(at(from + 1)) ? from + 1 : tagNameEnd(from);
      if (end < n && equalsIgnoreCase(from, end, name)) {
        pos = end;
        return readTag(false, at(end)); // the end tag, with whatever attributes it carries
      }
      i = end;
    }
  }

  /**
   * Whether the bytes from {@code from} to {@code to}, decoded, are the lower-case ASCII {@code
   * name} as String.equalsIgnoreCase says, which jsoup uses to recognise the end tag. (It lets
   * "ı", "İ", "ſ" and the Kelvin sign stand for ASCII letters: such names are decoded.)
   */
  private boolean equalsIgnoreCase(int from, int to, String name) {
    if (!ascii(from, to)) {
      return decode(from, to).equalsIgnoreCase(name);
    }
    if (to - from != name.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      int c = at(i);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != name.charAt(i - from)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes from {@code from} to {@code to} are all ASCII. */
  private boolean ascii(int from, int to) {
    for (int i = from; i < to; i++) {
      if (page[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static final byte[] DASHES = ascii("--");
  private static final byte[] BANG_DASHES = ascii("!--");
  private static final byte[] CDATA = ascii("[CDATA[");
  private static final byte[] CDATA_END = ascii("]]>");

  private static boolean whitespace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean asciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The tag and attribute names pages are made of, as numbers (codes) into {@link #NAMES}, with
   * what the tree builder does with each tag and what the findings read of each attribute. Code 0,
   * {@link #OTHER}, is any other name.
   */
  static final class Names {
    static final String[] NAMES = {
      null, "html", "head", "body", "title", "meta", "link", "script", "style", "base", "basefont", "bgsound",
      "command", "noframes", "noscript", "template", "frameset", "frame", "a", "abbr", "address", "area", "article",
      "aside", "b", "blockquote", "br", "button", "caption", "code", "col", "colgroup", "dd", "del", "details",
      "device", "dfn", "div", "dl", "dt", "em", "embed", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
      "h4", "h5", "h6", "header", "hr", "i", "iframe", "image", "img", "input", "ins", "kbd", "keygen", "label", "li",
      "listing", "main", "mark", "math", "menuitem", "nav", "noembed", "ol", "p", "param", "plaintext", "pre", "s",
      "samp", "section", "select", "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody",
      "td", "textarea", "tfoot", "th", "thead", "time", "tr", "track", "u", "ul", "var", "video", "wbr", "xmp", "svg",
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

    static final int OTHER = 0;
    static final int HTML = code("html");
    static final int HEAD = code("head");
    static final int BODY = code("body");
    static final int TITLE = code("title");
    static final int META = code("meta");
    static final int NOSCRIPT = code("noscript");
    static final int TEMPLATE = code("template");
    static final int FRAMESET = code("frameset");
    static final int A = code("a");
    static final int FORM = code("form");
    static final int TABLE = code("table");
    static final int THEAD = code("thead");
    static final int TBODY = code("tbody");
    static final int TFOOT = code("tfoot");
    static final int TR = code("tr");
    static final int TD = code("td");
    static final int TH = code("th");
    static final int DESC = code("desc");
    static final int HTTP_EQUIV = code("http-equiv");

    // What a tag does in the body (BODY_RULE).
    static final byte OPEN = 0;
    static final byte REFUSED = 1;
    static final byte EMPTY = 2;
    static final byte RAW_TEXT = 3;
    static final byte FORM_RULE = 4;
    static final byte SVG_RULE = 5;
    static final byte VOID_IF_SELF_CLOSING = 6;

    // Other rules a tag follows (bits of RULES).
    static final int HEAD_ELEMENT = 1;
    static final int HEAD_RAW_TEXT = 2;
    static final int TABLE_PART = 4;
    static final int SVG_CHILD = 8;

    // What the findings read of an attribute (ATTRIBUTE_USE): id; name on a; URL; content on meta.
    static final byte UNUSED = 0;
    static final byte ID = 1;
    static final byte NAME_ID = 2;
    static final byte URL = 3;
    static final byte CONTENT = 4;

    /** By first character: the attribute name pages most often have that starts with it. */
    static final int[] GUESSES = new int[128];
    /** By first letter: the tag name of two letters or more pages most often have that starts with it. */
    static final int[] TAG_GUESSES = new int[128];
    /** By code: the name, in ASCII bytes. */
    static final byte[][] BYTES = new byte[NAMES.length][];
    /** By code: "&lt;/name&gt;". */
    static final byte[][] CLOSERS = new byte[NAMES.length][];
    /** By code: name="  (an attribute with a double-quoted value). */
    static final byte[][] QUOTED = new byte[NAMES.length][];

    static final byte[] BODY_RULE = new byte[NAMES.length];
    private static final int[] RULES = new int[NAMES.length];
    static final byte[] ATTRIBUTE_USE = new byte[NAMES.length];

    /** Names are held as the bytes of their characters in two longs: up to 16 characters. */
    private static final int MAX_LENGTH = 16;
    private static final int BITS = 9;
    private static final int SIZE = 1 << BITS;
    /**
     * Open addressing by {@link #slot}, four longs a slot (two slots a cache line): the name as
     * longs (lo, hi), then its code and length ({@code code << 8 | length}; 0 for an empty slot).
     */
    private static final long[] SLOTS = new long[SIZE * 4];

    static {
      for (int c = 1; c < NAMES.length; c++) {
        String name = NAMES[c];
        if (name.length() > MAX_LENGTH || !name.equals(name.toLowerCase(Locale.ROOT))) {
          throw new IllegalStateException("not a lower-case name of up to 16 characters: " + name);
        }
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < name.length(); i++) {
          hi = (hi << 8) | (lo >>> 56);
          lo = (lo << 8) | name.charAt(i);
        }
        if (find(lo, hi, name.length()) != OTHER) {
          throw new IllegalStateException("duplicate name " + name);
        }
        int slot = slot(lo, hi, name.length());
        while (SLOTS[slot * 4 + 2] != 0) {
          slot = (slot + 1) & (SIZE - 1);
        }
        SLOTS[slot * 4] = lo;
        SLOTS[slot * 4 + 1] = hi;
        SLOTS[slot * 4 + 2] = (long) c << 8 | name.length();
      }
      // dropped or merged by jsoup's in-body rules, or needing its other insertion modes
      set(BODY_RULE, REFUSED, "html", "body", "head", "frameset", "frame", "caption", "col", "colgroup", "tbody",
          "thead", "tfoot", "tr", "td", "th", "select", "template", "math", "plaintext", "image", "noscript");
      set(BODY_RULE, FORM_RULE, "form");
      set(BODY_RULE, EMPTY, "area", "br", "embed", "img", "keygen", "wbr", "input", "hr", "param", "source",
          "track", "base", "basefont", "bgsound", "command", "link", "meta");
      set(BODY_RULE, RAW_TEXT, "title", "textarea", "script", "style", "xmp", "iframe", "noembed", "noframes");
      set(BODY_RULE, SVG_RULE, "svg");
      set(BODY_RULE, VOID_IF_SELF_CLOSING, "menuitem", "device");
      rules(HEAD_ELEMENT, "base", "basefont", "bgsound", "command", "link", "meta", "title", "noframes", "style",
          "script");
      rules(HEAD_RAW_TEXT, "title", "noframes", "style", "script");
      rules(TABLE_PART, "table", "thead", "tbody", "tfoot", "tr", "td", "th");
      rules(SVG_CHILD, "path", "g", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
          "defs", "use", "symbol", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "marker",
          "title", "desc");
      for (String name : new String[] {"class", "href", "id", "aria-hidden", "datetime", "name", "content", "rel",
          "width", "type", "src", "lang", "viewbox", "fill", "stroke-width"}) {
        if (GUESSES[name.charAt(0)] == OTHER) {
          GUESSES[name.charAt(0)] = code(name);
        }
      }
      for (String name : new String[] {"li", "code", "span", "td", "h2", "div", "ul", "ol", "meta", "nav", "footer"}) {
        TAG_GUESSES[name.charAt(0)] = code(name);
      }
      for (int c = 1; c < NAMES.length; c++) {
        BYTES[c] = ascii(NAMES[c]);
        CLOSERS[c] = ascii("</" + NAMES[c] + ">");
        QUOTED[c] = ascii(NAMES[c] + "=\"");
      }
      set(ATTRIBUTE_USE, ID, "id");
      set(ATTRIBUTE_USE, CONTENT, "content");
      set(ATTRIBUTE_USE, NAME_ID, "name");
      for (String url : PageFindings.URL_ATTRIBUTES) {
        set(ATTRIBUTE_USE, URL, url);
      }
      // emit reads known names by their codes alone: no known name may be an event handler's.
      for (int c = 1; c < NAMES.length; c++) {
        if (NAMES[c].startsWith("on")) {
          throw new IllegalStateException("an event handler name among the known names: " + NAMES[c]);
        }
      }
    }

    private Names() {}

    private static int code(String name) {
      for (int c = 1; c < NAMES.length; c++) {
        if (NAMES[c].equals(name)) {
          return c;
        }
      }
      throw new IllegalArgumentException(name);
    }

    private static void set(byte[] table, byte value, String... names) {
      for (String name : names) {
        table[code(name)] = value;
      }
    }

    private static void rules(int rule, String... names) {
      for (String name : names) {
        RULES[code(name)] |= rule;
      }
    }

    static boolean rule(int code, int rule) {
      return (RULES[code] & rule) != 0;
    }

    private static int slot(long lo, long hi, int length) {
      long h = (lo ^ (hi * 0x9E3779B97F4A7C15L) ^ length) * 0xC2B2AE3D27D4EB4FL;
      return (int) (h >>> (64 - BITS));
    }

    /**
     * The code of a name of {@code length} printable ASCII characters, ASCII letters lower-cased,
     * given as the bytes of its last 16 characters, last character lowest: {@code lo} the last 8,
     * {@code hi} the 8 before; or {@link #OTHER}.
     */
    static int find(long lo, long hi, int length) {
      if (length > MAX_LENGTH) {
        return OTHER;
      }
      int at = slot(lo, hi, length) * 4;
      while (true) {
        long entry = SLOTS[at + 2];
        if (entry == 0) {
          return OTHER;
        }
        if (SLOTS[at] == lo && SLOTS[at + 1] == hi && (int) (entry & 0xff) == length) {
          return (int) (entry >>> 8);
        }
        at = (at + 4) & (SIZE * 4 - 1);
      }
    }
  }
}
