package fr.cdg.medtravail.csvimport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest file any import route accepts, raw body or multipart (whose limits are set to the same
 *                value in application.yml); larger ones are answered 413 without being read
 */
@ConfigurationProperties("medtravail.imports")
public record ImportSettings(@DefaultValue("64MB") DataSize maxSize) {
}
