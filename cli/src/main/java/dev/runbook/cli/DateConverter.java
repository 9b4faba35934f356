package dev.runbook.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** YYYY-MM-DD, with a message that says so. */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date: use YYYY-MM-DD");
    }
  }

  /** The clock a command runs on: {@code --today}'s day when given, else {@code otherwise}. */
  static Clock clockOn(LocalDate today, Clock otherwise) {
    return today == null ? otherwise : Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }
}
