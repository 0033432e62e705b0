package org.gavel.grievances.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grievances.model.InterimMeasure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The interim measures of the cases: recorded by the panel, lifted with a reason, never
 * deleted.
 */
@Repository
public class InterimMeasures {

	private static final String COLUMNS = "id, measure, effective_from, effective_until, recorded_by, recorded_at, "
			+ "lifted_by, lifted_at, lift_reason";

	private final JdbcClient jdbc;

	InterimMeasures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(UUID grievance, InterimMeasure measure) {
		this.jdbc
			.sql("insert into gavel.grievance_interim_measure (grievance_id, " + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, null, null, null)")
			.params(grievance, measure.id(), measure.measure(), Date.valueOf(measure.from()),
					measure.until().map(Date::valueOf).orElse(null), measure.recordedBy(),
					Timestamp.from(measure.recordedAt()))
			.update();
	}

	public void lifted(UUID id, InterimMeasure.Lifting lifting) {
		this.jdbc
			.sql("update gavel.grievance_interim_measure set lifted_by = ?, lifted_at = ?, lift_reason = ? "
					+ "where id = ?")
			.params(lifting.by(), Timestamp.from(lifting.at()), lifting.reason(), id)
			.update();
	}

	/**
	 * A measure of a case.
	 * @param grievance the case
	 * @param id the measure
	 * @return it, or empty if the case has no such measure
	 */
	public Optional<InterimMeasure> find(UUID grievance, UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from gavel.grievance_interim_measure where grievance_id = ? and id = ?")
			.params(grievance, id)
			.query(InterimMeasures::measure)
			.optional();
	}

	/**
	 * A case's measures, in the order they were recorded.
	 * @param grievance the case
	 * @return its measures
	 */
	public List<InterimMeasure> of(UUID grievance) {
		return this.jdbc
			.sql("select " + COLUMNS + " from gavel.grievance_interim_measure where grievance_id = ? "
					+ "order by recorded_at, id")
			.param(grievance)
			.query(InterimMeasures::measure)
			.list();
	}

	private static InterimMeasure measure(ResultSet rs, int row) throws SQLException {
		Date until = rs.getDate("effective_until");
		Timestamp liftedAt = rs.getTimestamp("lifted_at");
		Optional<InterimMeasure.Lifting> lifted = (liftedAt == null) ? Optional.empty()
				: Optional.of(new InterimMeasure.Lifting(rs.getString("lifted_by"), liftedAt.toInstant(),
						rs.getString("lift_reason")));
		return new InterimMeasure(rs.getObject("id", UUID.class), rs.getString("measure"),
				rs.getDate("effective_from").toLocalDate(), Optional.ofNullable(until).map(Date::toLocalDate),
				rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), lifted);
	}

}
