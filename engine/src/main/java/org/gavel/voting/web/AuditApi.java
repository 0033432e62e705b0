package org.gavel.voting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gavel.system.web.JsonApi;
import org.gavel.voting.AuditingBallot;
import org.gavel.voting.BallotView;
import org.gavel.voting.model.Closing;
import org.gavel.voting.model.Elector;
import org.gavel.voting.model.InRoomTally;
import org.gavel.voting.model.Result;
import org.gavel.voting.model.SignOff;
import org.gavel.voting.persistence.Proxies;
import org.gavel.voting.persistence.Votes;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The audit export of a ballot, for the secretariat and scrutineers: JSON with
 * everything, or the votes alone as CSV.
 */
@JsonApi
class AuditApi {

	private final AuditingBallot auditing;

	AuditApi(AuditingBallot auditing) {
		this.auditing = auditing;
	}

	@GetMapping("/api/ballots/{id}/audit")
	ResponseEntity<?> json(@PathVariable UUID id) {
		return this.auditing.export(id)
			.<ResponseEntity<?>>map((export) -> ResponseEntity.ok(Audit.of(export)))
			.orElseGet(() -> notFound(id));
	}

	@GetMapping(path = "/api/ballots/{id}/audit.csv", produces = "text/csv")
	ResponseEntity<?> csv(@PathVariable UUID id) {
		return this.auditing.export(id)
			.<ResponseEntity<?>>map((export) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
				.header("Content-Disposition", "attachment; filename=\"ballot-" + id + "-votes.csv\"")
				.body(csv(export.votes())))
			.orElseGet(() -> notFound(id));
	}

	static String csv(List<Votes.AuditedVote> votes) {
		String header = "position,voter,chamber,sub_chamber,member_type,choice,channel,receipt,superseded\n";
		return header + votes.stream()
			.map((v) -> String.join(",", (v.position() != null) ? String.valueOf(v.position()) : "", cell(v.voter()),
					cell(v.chamber()), cell(v.subChamber()), cell(v.memberType()), v.choice(), v.channel(), v.receipt(),
					String.valueOf(v.superseded())))
			.collect(Collectors.joining("\n", "", votes.isEmpty() ? "" : "\n"));
	}

	/**
	 * A CSV cell: empty for null, quoted when it holds a comma, a quote or a line break.
	 */
	private static String cell(String value) {
		if (value == null) {
			return "";
		}
		return value.matches("[^,\"\\r\\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private static ResponseEntity<ProblemDetail> notFound(UUID id) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no ballot " + id + "."));
	}

	/**
	 * The JSON export.
	 *
	 * @param ballot the ballot as the API shows it
	 * @param ruleSetSource the frozen rule set's text
	 * @param roll the frozen roll
	 * @param votes every vote in box order
	 * @param chain how the chain is computed
	 * @param result the count per chamber and in all, spoilt ballots apart, once counted
	 */
	record Audit(Map<String, Object> ballot, String ruleSetSource, List<Elector> roll, List<Votes.AuditedVote> votes,
			List<InRoomLine> inRoomTallies, List<Proxies.Proxy> proxies, List<SignOff> signOffs, String chain,
			Map<String, Object> result) {

		static Audit of(AuditingBallot.Export export) {
			Closing closed = export.closed();
			Map<String, Object> ballot = new LinkedHashMap<>();
			ballot.put("id", export.ballot().id());
			ballot.put("title", export.ballot().title());
			ballot.put("secret", export.ballot().secret());
			ballot.put("chainVersion", export.ballot().chainVersion());
			ballot.put("opensAt", export.ballot().opensAt());
			ballot.put("closesAt", export.ballot().closesAt());
			ballot.put("outcome", (closed != null) ? closed.outcome().name() : null);
			ballot.put("explanation", (closed != null) ? closed.explanation() : null);
			ballot.put("chainHead", (closed != null) ? closed.chainHead() : null);
			ballot.put("inRoomSession", export.ballot().inRoomSession());
			ballot.put("heldOnPaper", export.ballot().heldOnPaper());
			ballot.put("question", export.ballot().question());
			ballot.put("publishedAt", (closed != null) ? closed.publishedAt() : null);
			return new Audit(ballot, export.ruleSetSource(), export.roll(), export.votes(),
					export.inRoomTallies().stream().map(InRoomLine::of).toList(), export.proxies(), export.signOffs(),
					chain(export), result(export.result()));
		}

		private static Map<String, Object> result(Result result) {
			if (result == null) {
				return null;
			}
			Map<String, Object> count = new LinkedHashMap<>();
			count.put("outcome", result.outcome().name());
			count.put("totals", BallotView.Figures.of(result.totals()));
			count.put("chambers", result.chambers().stream().map(BallotView.Figures::of).toList());
			return count;
		}

		private static String chain(AuditingBallot.Export export) {
			if (export.closed() == null) {
				return "The votes are exported once the ballot is counted; until then nobody sees a choice.";
			}
			String link = "link0 = sha256(\"gavel-ballot:\" + ballot.id); linkN = sha256(hex(linkN-1) + \"\\n\" + line), ";
			if (export.ballot().chainVersion() < 2) {
				return export.ballot().secret()
						? "Chain version 1: its lines held the box's sequence numbers, which the export no longer shows "
								+ "for a secret ballot; a database administrator can recompute its head."
						: link + "a line per vote in box order (position|chamber|subChamber|memberType|choice|channel|"
								+ "receipt|superseded, position being the box's sequence), then per in-room tally "
								+ "(inRoomTallies[].line)";
			}
			return link + (export.ballot().secret()
					? "a line per vote in the order of the receipts (chamber|subChamber|memberType|choice|channel|"
							+ "receipt|superseded), "
					: "a line per vote in the order cast (position|chamber|subChamber|memberType|choice|channel|"
							+ "receipt|superseded), ")
					+ "then per in-room tally (inRoomTallies[].line)";
		}

	}

	/**
	 * An in-room tally in the export, with the line the chain hashes.
	 *
	 * @param tally the tally
	 * @param line its line in the chain
	 */
	record InRoomLine(InRoomTally tally, String line) {

		static InRoomLine of(InRoomTally tally) {
			return new InRoomLine(tally, tally.line());
		}

	}

}
