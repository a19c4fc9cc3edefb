package fr.cdg.medtravail.directory.collectivite;

import java.math.BigDecimal;

import org.springframework.modulith.NamedInterface;

/**
 * What a collectivité's statutory quota for a year is computed on: the headcount declared for the year, the permanent
 * part of it when declared, and the quota rate of its STATUTORY membership (8 % unless changed).
 */
@NamedInterface("collectivite")
public record StatutoryQuotaBasis(int year, Integer headcount, Integer permanentHeadcount, BigDecimal quotaRate) {
}
