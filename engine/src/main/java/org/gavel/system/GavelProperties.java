package org.gavel.system;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Installation-wide settings under the {@code gavel.} prefix. ({@code gavel.data-dir},
 * where the embedded H2 database keeps its files, is read by the data source settings in
 * {@code application.yaml}.)
 *
 * @param publicUrl the address people use to reach Gavel, printed at start-up and used in
 * links; empty means "http://localhost:{port}"
 */
@Validated
@ConfigurationProperties("gavel")
public record GavelProperties(
		@Pattern(regexp = "|https?://[^\\s/?#]+[^\\s?#]*", message = "must be an http:// or https:// address, "
				+ "e.g. https://gavel.example.org, or empty") String publicUrl) {

	public GavelProperties {
		publicUrl = (publicUrl != null) ? publicUrl.strip() : "";
	}

}
