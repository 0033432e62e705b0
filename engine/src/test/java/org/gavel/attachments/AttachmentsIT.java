package org.gavel.attachments;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.attachments.model.Attachment;
import org.gavel.attachments.model.AttachmentRule;
import org.gavel.system.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files stored in the real PostgreSQL: checked by their content before a byte is written,
 * given back with a SHA-256 receipt, and downloaded, as attachments only, by the
 * uploader, the secretariat and whom the owning record lets in; to anyone else they do
 * not exist.
 */
@GavelIntegrationTest
@Import(AttachmentsIT.Access.class)
class AttachmentsIT {

	static final AttachmentRule PROPOSAL = new AttachmentRule("the proposal",
			Set.of("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			64 * 1024);

	@LocalServerPort
	int port;

	@Autowired
	StoringAttachment storing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUploadIsStoredWithItsChecksumAndReadBackWhole() throws Exception {
		Attachment.Owner owner = owner();
		Attachment stored = this.storing
			.store(new StoringAttachment.Upload(owner, "C:\\Users\\alex\\Proposal – Jambi.pdf", Files.PDF, "alex",
					PROPOSAL))
			.orElseThrow();

		assertThat(stored.fileName()).isEqualTo("Proposal – Jambi.pdf");
		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(Files.PDF.length);
		assertThat(stored.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.PDF)));

		HttpResponse<String> download = PortalClient.signedIn(this.port, "alex")
			.get("/attachments/" + stored.id(), "*/*");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(Files.PDF);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment;")
				.contains("filename*=UTF-8''Proposal%20%E2%80%93%20Jambi.pdf"));
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("sandbox; default-src 'none'");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					empty                    | empty      | proposal.pdf | the proposal is empty
					too large                | large      | proposal.pdf | the proposal is 65 KB; the limit is 64 KB
					a refused type           | png        | photo.png    | the proposal must be .docx or .pdf; 'photo.png' is .png
					a PDF named as a workbook | pdf       | budget.xlsx  | 'budget.xlsx' is named as .xlsx but its content is .pdf
					noise named as a PDF     | noise      | report.pdf   | 'report.pdf' is named as .pdf but its content is not
					a hidden file's name     | pdf        | .htaccess    | give the file a plain name of up to 200 characters
					""")
	void aRefusedUploadSaysWhyAndWritesNothing(String what, String kind, String name, String reason) {
		byte[] content = switch (kind) {
			case "empty" -> new byte[0];
			case "large" -> new byte[64 * 1024 + 1];
			case "png" -> Files.PNG;
			case "noise" -> Files.NOISE;
			default -> Files.PDF;
		};
		Attachment.Owner owner = owner();

		Outcome<Attachment> refused = this.storing
			.store(new StoringAttachment.Upload(owner, name, content, "alex", PROPOSAL));

		assertThat(refused).isEqualTo(Outcome.refused("file", reason));
		assertThat(this.jdbc.sql("select count(*) from gavel.attachment where owner_id = ?")
			.param(owner.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aWordFileIsAcceptedByItsContentAndName() {
		assertThat(this.storing
			.store(new StoringAttachment.Upload(owner(), "plan.docx", Files.ooxml("word/document.xml"), "amira",
					PROPOSAL))
			.orElseThrow()
			.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(textBlock = """
			alex,  200
			sara,  200
			eva,   200
			amira, 404
			ezra,  404
			""")
	void onlyTheUploaderTheSecretariatAndWhomTheRecordLetsInDownloadIt(String who, int status) {
		UUID id = this.storing.store(new StoringAttachment.Upload(owner(), "proposal.pdf", Files.PDF, "alex", PROPOSAL))
			.orElseThrow()
			.id();

		HttpResponse<String> response = PortalClient.signedIn(this.port, who).get("/attachments/" + id, "text/html");

		assertThat(response.statusCode()).isEqualTo(status);
		if (status == 404) {
			assertThat(response.body()).as("a styled page that tells nothing of the file")
				.contains("or it is not yours to read")
				.doesNotContain("proposal.pdf");
		}
	}

	@Test
	void anAnonymousVisitorIsSentToSignInAndAGuessedIdIsNotFound() {
		UUID id = this.storing.store(new StoringAttachment.Upload(owner(), "proposal.pdf", Files.PDF, "alex", PROPOSAL))
			.orElseThrow()
			.id();

		assertThat(new PortalClient(this.port).get("/attachments/" + id, "text/html").statusCode()).isEqualTo(302);
		assertThat(PortalClient.signedIn(this.port, "alex")
			.get("/attachments/" + UUID.randomUUID(), "text/html")
			.statusCode()).isEqualTo(404);
		assertThat(PortalClient.signedIn(this.port, "alex").get("/attachments/not-an-id", "text/html").statusCode())
			.isEqualTo(404);
	}

	private static Attachment.Owner owner() {
		return new Attachment.Owner("test-proposal", UUID.randomUUID().toString());
	}

	/** The owning record's rule, as a grant feature would give it: eva is assigned. */
	@TestConfiguration
	static class Access {

		@Bean
		AttachmentAccess testProposals() {
			return new AttachmentAccess() {

				@Override
				public String kind() {
					return "test-proposal";
				}

				@Override
				public boolean mayRead(Attachment.Owner owner, String username) {
					return username.equals("eva");
				}

			};
		}

	}

}
