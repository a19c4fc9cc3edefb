package fr.cdg.medtravail.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates of query and form parameters: ISO (as date inputs send them) or French, resolved strictly. The default
 * parser resolves "smartly", turning 31/02 into the last day of February; JSON and {@code @DateTimeFormat(iso)} are
 * strict already, CSV files have their own parser ({@code CsvColumn.date}).
 */
@Configuration(proxyBeanMethods = false)
class StrictDatesConfiguration implements WebMvcConfigurer {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }

            @Override
            public LocalDate parse(String text, Locale locale) {
                var trimmed = text.strip();
                return trimmed.contains("/") ? LocalDate.parse(trimmed, FRENCH) : LocalDate.parse(trimmed);
            }
        });
    }
}
