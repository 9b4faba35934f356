package dev.runbook.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.SlugDialect;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code links.slugs}: which generator's heading anchors the set's fragments name. */
class LinksConfigTest {
  private static Config parse(String yaml) throws ConfigException {
    return new ConfigLoader(Set.of()).parse(Path.of("runbook.yml"), yaml);
  }

  private static String error(String yaml) {
    try {
      parse(yaml);
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + yaml);
  }

  @Test
  void githubUnlessTheConfigSaysOtherwise() throws ConfigException {
    assertThat(Config.DEFAULT.links().slugs()).isEqualTo(SlugDialect.GITHUB);
    assertThat(parse("root: .\n").links().slugs()).isEqualTo(SlugDialect.GITHUB);
    assertThat(parse("links:\n").links().slugs()).isEqualTo(SlugDialect.GITHUB);
  }

  @ParameterizedTest
  @CsvSource({"github,GITHUB", "gitlab,GITLAB", "mkdocs,MKDOCS", "hugo,HUGO", "kramdown,KRAMDOWN", "MkDocs,MKDOCS"})
  void eachDialectByName(String value, SlugDialect dialect) throws ConfigException {
    assertThat(parse("links:\n  slugs: " + value + "\n").links().slugs()).isEqualTo(dialect);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jekyll", "'[github]'", "''"})
  void anotherValueIsAnErrorOnItsLine(String value) {
    assertThat(error("root: .\nlinks:\n  slugs: " + value + "\n"))
        .startsWith("runbook.yml:3: links.slugs '")
        .endsWith("' is not a slug dialect: use github, gitlab, mkdocs, hugo or kramdown "
            + "(whose heading anchors the links name)");
  }

  @Test
  void anUnknownKeyInLinksIsAnError() {
    assertThat(error("links:\n  slug: mkdocs\n")).startsWith("runbook.yml:2: unknown key 'links.slug'");
  }
}
