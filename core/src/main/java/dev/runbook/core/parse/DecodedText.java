package dev.runbook.core.parse;

import dev.runbook.core.model.EncodingProblem;
import java.util.List;

/** A file's text after strict decoding, with what was wrong with its bytes. */
public record DecodedText(String text, List<EncodingProblem> problems, boolean binary) {}
