package org.gavel.system.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The JSON API's settings ({@code gavel.api.*}), with their defaults.
 *
 * @param maxRequestSize the largest request body the API reads; larger ones get 413
 */
@Validated
@ConfigurationProperties("gavel.api")
public record ApiSettings(@NotNull @DefaultValue("64KB") DataSize maxRequestSize) {

}
