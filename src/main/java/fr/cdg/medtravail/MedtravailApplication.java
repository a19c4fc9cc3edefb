package fr.cdg.medtravail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MedtravailApplication {

    public static void main(String[] args) {
        SpringApplication.run(MedtravailApplication.class, args);
    }
}
