package fr.cdg.medtravail.csvimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;
import fr.cdg.medtravail.web.TextRules;

/**
 * Runs a CSV import all-or-nothing: the whole file is read and checked first, every problem is reported at once
 * (line, column, reason) and nothing is written unless the file is entirely valid.
 */
@Service
public class CsvImportService {

    /** Enough to fix a file; more would only bury the first ones. */
    static final int MAX_PROBLEMS = 500;

    private static final Logger log = LoggerFactory.getLogger(CsvImportService.class);

    private final Map<String, CsvImport<?>> imports;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    CsvImportService(List<CsvImport<?>> imports, Validator validator, ApplicationEventPublisher events) {
        this.imports = imports.stream().collect(Collectors.toMap(CsvImport::kind, Function.identity()));
        this.validator = validator;
        this.events = events;
    }

    public Set<String> kinds() {
        return new TreeSet<>(imports.keySet());
    }

    public CsvImport<?> declaration(String kind) {
        var declaration = imports.get(kind);
        if (declaration == null) {
            throw new NotFoundException("Import kind", kind);
        }
        return declaration;
    }

    @Transactional
    public ImportResult run(String kind, byte[] content) {
        long start = System.nanoTime();
        var result = run(declaration(kind), content);
        log.info("Imported {} lines of {} in {} ms: {}", result.lines(), kind, (System.nanoTime() - start) / 1_000_000, result);
        return result;
    }

    private <R> ImportResult run(CsvImport<R> declaration, byte[] content) {
        long start = System.nanoTime();
        var records = read(declaration, decode(content));
        log.debug("Read and checked {} lines of {} in {} ms", records.size(), declaration.kind(), (System.nanoTime() - start) / 1_000_000);
        var result = ImportResult.of(declaration.kind(), records.size(), declaration.write(records));
        var collectivites = records.stream().map(declaration::collectiviteOf).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        events.publishEvent(new ImportCompletedEvent(result, collectivites));
        return result;
    }

    private static String decode(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "file", "is empty (no header, no lines)")));
        }
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "file", "is not UTF-8 text")));
        }
    }

    private <R> List<R> read(CsvImport<R> declaration, String text) {
        var problems = new ArrayList<FieldProblem>();
        var records = new ArrayList<R>();
        var lineOfKey = new HashMap<Object, Integer>();
        var keyColumns = String.join(", ", declaration.keyColumns());
        var reader = declaration.reader();
        var firstLine = text.lines().findFirst().orElse("");
        var lineStarts = new LineStarts(text);
        var format = CSVFormat.DEFAULT.builder()
                .setDelimiter(count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                throw new InvalidInputException(List.of(new FieldProblem(null, "file", "is empty (no header, no lines)")));
            }
            var header = checkHeader(declaration, iterator.next());
            while (iterator.hasNext()) {
                var csvRecord = iterator.next();
                int line = lineStarts.lineOf(csvRecord.getCharacterPosition());
                if (csvRecord.size() != header.size()) {
                    problems.add(new FieldProblem(line, null,
                            "expected " + header.size() + " fields, found " + csvRecord.size()));
                    continue;
                }
                var cells = new HashMap<String, String>();
                boolean refused = false;
                for (int i = 0; i < header.size(); i++) {
                    var refusal = TextRules.refusal(csvRecord.get(i));
                    if (refusal != null) {
                        problems.add(new FieldProblem(line, header.get(i), "column " + (i + 1) + " " + refusal));
                        refused = true;
                    }
                    cells.put(header.get(i), csvRecord.get(i));
                }
                if (refused) {
                    continue;
                }
                var row = new CsvRow(line, cells, problems);
                var record = reader.apply(row);
                if (record == null || row.rejected()) {
                    continue;
                }
                validate(record, row, declaration);
                var previous = lineOfKey.putIfAbsent(declaration.key(record), line);
                if (previous != null) {
                    row.reject(keyColumns, "same " + keyColumns + " as line " + previous);
                }
                if (!row.rejected()) {
                    records.add(record);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new FieldProblem(null, "file", "is not well-formed CSV: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(truncate(problems), problems.size());
        }
        return records;
    }

    private static List<String> checkHeader(CsvImport<?> declaration, CSVRecord headerRecord) {
        var header = headerRecord.stream().map(String::strip).toList();
        for (int i = 0; i < header.size(); i++) {
            var refusal = TextRules.refusal(header.get(i));
            if (refusal != null) {
                throw new InvalidInputException(List.of(new FieldProblem(1, "header", "column " + (i + 1) + " " + refusal)));
            }
        }
        var known = declaration.columns().stream()
                .collect(Collectors.toMap(CsvColumn::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        var problems = new ArrayList<FieldProblem>();
        var seen = new TreeSet<String>();
        for (var name : header) {
            if (!known.containsKey(name)) {
                problems.add(new FieldProblem(1, name, "unknown column; expected columns: " + String.join(";", known.keySet())));
            } else if (!seen.add(name)) {
                problems.add(new FieldProblem(1, name, "column appears twice"));
            }
        }
        known.values().stream()
                .filter(column -> column.required() && !header.contains(column.name()))
                .forEach(column -> problems.add(new FieldProblem(1, column.name(), "missing column")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return header;
    }

    /** Bean Validation of the record; a violated property is reported on the column of the same (snake_case) name. */
    private <R> void validate(R record, CsvRow row, CsvImport<R> declaration) {
        var columns = declaration.columns().stream().map(CsvColumn::name).collect(Collectors.toSet());
        validator.validate(record).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> row.reject(column(violation, columns), violation.getMessage()));
    }

    private static String column(ConstraintViolation<?> violation, Set<String> columns) {
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            property = node.getName();
        }
        if (property == null) {
            return null;
        }
        var column = CsvRow.columnOf(property);
        return columns.contains(column) ? column : property;
    }

    /** The first problems, by line; the caller counts them all. */
    private static List<FieldProblem> truncate(List<FieldProblem> problems) {
        problems.sort(Comparator.comparing(FieldProblem::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (problems.size() <= MAX_PROBLEMS) {
            return new ArrayList<>(problems);
        }
        var kept = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        kept.add(new FieldProblem(null, null, (problems.size() - MAX_PROBLEMS) + " more problems not listed"));
        return kept;
    }

    /** Maps a character position to its 1-based line, so that problems name physical lines even after blank ones. */
    private record LineStarts(int[] starts) {
        LineStarts(String text) {
            this(IntStream.concat(IntStream.of(0),
                    IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1))
                    .toArray());
        }

        int lineOf(long position) {
            int index = Arrays.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
