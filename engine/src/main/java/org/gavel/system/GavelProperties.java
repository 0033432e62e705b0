package org.gavel.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Installation-wide settings under the {@code gavel.} prefix. ({@code gavel.data-dir},
 * where the embedded H2 database keeps its files, is read by the data source settings in
 * {@code application.yaml}.)
 *
 * @param publicUrl the address people use to reach Gavel, printed at start-up and used in
 * links; empty means "http://localhost:{port}"
 */
@ConfigurationProperties("gavel")
public record GavelProperties(String publicUrl) {

	public GavelProperties {
		publicUrl = (publicUrl != null) ? publicUrl.strip() : "";
	}

}
