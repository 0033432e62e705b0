package org.gavel.attachments.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.attachments.model.Attachment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored files: each inserted whole, with its content, in one statement, and never
 * changed.
 */
@Repository
public class Attachments {

	private static final String COLUMNS = "id, owner_kind, owner_id, file_name, media_type, size_bytes, sha256, "
			+ "uploaded_by, uploaded_at";

	private final JdbcClient jdbc;

	Attachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Attachment attachment, byte[] content) {
		this.jdbc.sql("insert into gavel.attachment (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(attachment.id(), attachment.owner().kind(), attachment.owner().id(), attachment.fileName(),
					attachment.mediaType(), attachment.size(), attachment.sha256(), attachment.uploadedBy(),
					Timestamp.from(attachment.uploadedAt()), content)
			.update();
	}

	public Optional<Attachment> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from gavel.attachment where id = ?")
			.param(id)
			.query(Attachments::attachment)
			.optional();
	}

	public byte[] content(UUID id) {
		return this.jdbc.sql("select content from gavel.attachment where id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.single();
	}

	public List<Attachment> of(Attachment.Owner owner) {
		return this.jdbc
			.sql("select " + COLUMNS + " from gavel.attachment where owner_kind = ? and owner_id = ? "
					+ "order by uploaded_at, file_name")
			.params(owner.kind(), owner.id())
			.query(Attachments::attachment)
			.list();
	}

	private static Attachment attachment(ResultSet rs, int row) throws SQLException {
		return new Attachment(rs.getObject("id", UUID.class),
				new Attachment.Owner(rs.getString("owner_kind"), rs.getString("owner_id")), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
