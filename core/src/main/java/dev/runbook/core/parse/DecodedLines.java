package dev.runbook.core.parse;

import dev.runbook.core.model.EncodingProblem;
import java.util.BitSet;
import java.util.List;

/**
 * A file's lines after strict decoding, with what was wrong with its bytes.
 *
 * @param mojibakeSuspects indexes (0-based) of the lines holding a character that can start
 *     mojibake ({@link Mojibake#FIRST_LEAD} to {@link Mojibake#LAST_LEAD}); only these need {@link
 *     Mojibake#find}
 * @param kept the same lines, packed as the parsed document keeps them ({@link
 *     dev.runbook.core.model.PackedLines}); {@code lines} are the ones to read while parsing
 */
public record DecodedLines(List<String> lines, BitSet mojibakeSuspects, List<EncodingProblem> problems,
    boolean binary, List<String> kept) {}
