package org.gavel.voting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import org.gavel.system.web.JsonApi;
import org.gavel.system.web.Problems;
import org.gavel.voting.AuditingBallot;
import org.gavel.voting.BallotView;
import org.gavel.voting.model.ChamberFigures;
import org.gavel.voting.model.Closing;
import org.gavel.voting.model.Counts;
import org.gavel.voting.model.Elector;
import org.gavel.voting.model.InRoomTally;
import org.gavel.voting.model.OptionFigures;
import org.gavel.voting.model.Result;
import org.gavel.voting.model.SignOff;
import org.gavel.voting.model.VotingGroup;
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

	/**
	 * The audit export of a ballot: the frozen rule set's text and roll, every vote in
	 * box order with its receipt (once counted), the room's tallies, proxies, sign-offs,
	 * how the hash chain is computed, and the result per chamber and in all with spoilt
	 * ballots apart. For the secretariat and scrutineers.
	 * @param id the ballot
	 * @return the export
	 */
	@ApiResponses({ @ApiResponse(responseCode = "200", description = "The export"),
			@ApiResponse(responseCode = "404", description = "No such ballot; type urn:gavel:problem:no-such-ballot") })
	@GetMapping("/api/ballots/{id}/audit")
	ResponseEntity<?> json(@PathVariable UUID id) {
		return this.auditing.export(id)
			.<ResponseEntity<?>>map((export) -> ResponseEntity.ok(Audit.of(export)))
			.orElseGet(() -> notFound(id));
	}

	/**
	 * The ballot's votes as CSV, one row per vote in box order (empty until counted). For
	 * the secretariat and scrutineers.
	 * @param id the ballot
	 * @return the CSV
	 */
	@ApiResponses({ @ApiResponse(responseCode = "200", description = "The votes"),
			@ApiResponse(responseCode = "404", description = "No such ballot; type urn:gavel:problem:no-such-ballot") })
	@GetMapping(path = "/api/ballots/{id}/audit.csv", produces = "text/csv")
	ResponseEntity<?> csv(@PathVariable UUID id) {
		return this.auditing.export(id)
			.<ResponseEntity<?>>map((export) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
				.header("Content-Disposition", "attachment; filename=\"ballot-" + id + "-votes.csv\"")
				.body(csv(export.votes())))
			.orElseGet(() -> notFound(id));
	}

	/**
	 * The ballot's count as CSV: each tally entered for the room, then, once counted,
	 * each chamber's figures and the totals, spoilt ballots in a column of their own. For
	 * the secretariat and scrutineers.
	 * @param id the ballot
	 * @return the CSV
	 */
	@ApiResponses({ @ApiResponse(responseCode = "200", description = "The count"),
			@ApiResponse(responseCode = "404", description = "No such ballot; type urn:gavel:problem:no-such-ballot") })
	@GetMapping(path = "/api/ballots/{id}/result.csv", produces = "text/csv")
	ResponseEntity<?> resultCsv(@PathVariable UUID id) {
		return this.auditing.export(id)
			.<ResponseEntity<?>>map((export) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
				.header("Content-Disposition", "attachment; filename=\"ballot-" + id + "-result.csv\"")
				.body(resultCsv(export.inRoomTallies(), export.result())))
			.orElseGet(() -> notFound(id));
	}

	/**
	 * The count as a table: each tally entered for the room (row {@code in-room}), then,
	 * once counted, each chamber's figures with the room's in them (row {@code counted};
	 * chamber {@code room-as-one} where the room is counted for the whole roll) and the
	 * totals (row {@code total}); spoilt ballots in a column of their own. On a ballot
	 * between options, each option's figures follow (rows {@code option} per chamber and
	 * {@code option-total}, the option named in the last column): the ballots for it in
	 * favour, those for another option against.
	 */
	static String resultCsv(List<InRoomTally> tallies, Result result) {
		StringBuilder csv = new StringBuilder(
				"row,chamber,sub_chamber,member_type,registered,in_favour,against,abstain,spoilt,present_not_voting,"
						+ "share_in_favour,option\n");
		for (InRoomTally tally : tallies) {
			VotingGroup group = tally.group();
			csv.append(String.join(",", "in-room", chamber(group.chamber()), cell(group.subChamber()),
					cell(group.memberType()), "", counts(tally.ballots()), String.valueOf(tally.presentNotVoting()), "",
					""))
				.append('\n');
		}
		if (result != null) {
			for (ChamberFigures figures : result.chambers()) {
				csv.append(figures("counted", figures)).append(",\n");
			}
			csv.append(figures("total", result.totals())).append(",\n");
			for (OptionFigures option : result.options()) {
				String label = option.number() + ". " + option.label();
				for (ChamberFigures figures : option.chambers()) {
					csv.append(figures("option", figures)).append(',').append(cell(label)).append('\n');
				}
				csv.append(figures("option-total", option.totals())).append(',').append(cell(label)).append('\n');
			}
		}
		return csv.toString();
	}

	/** A row of figures, its option cell left to the caller (empty when it adds none). */
	private static String figures(String row, ChamberFigures figures) {
		BallotView.Figures shown = BallotView.Figures.of(figures);
		return String.join(",", row, chamber(figures.chamber()), "", "",
				figures.roomAsOne() ? "" : String.valueOf(figures.registered()), counts(figures.ballots()),
				String.valueOf(figures.presentNotVoting()), (shown.inFavour() != null) ? shown.inFavour() : "");
	}

	private static String chamber(String chamber) {
		return VotingGroup.WHOLE_ROLL.chamber().equals(chamber) ? "room-as-one" : cell(chamber);
	}

	private static String counts(Counts counts) {
		return counts.inFavour() + "," + counts.against() + "," + counts.abstain() + "," + counts.spoilt();
	}

	static String csv(List<Votes.AuditedVote> votes) {
		String header = "position,voter,chamber,sub_chamber,member_type,choice,channel,receipt,superseded,option\n";
		return header + votes.stream()
			.map((v) -> String.join(",", (v.position() != null) ? String.valueOf(v.position()) : "", cell(v.voter()),
					cell(v.chamber()), cell(v.subChamber()), cell(v.memberType()), v.choice(), v.channel(), v.receipt(),
					String.valueOf(v.superseded()), (v.option() != null) ? String.valueOf(v.option()) : ""))
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
			.body(Problems.typed(
					ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no ballot " + id + "."),
					"no-such-ballot"));
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
