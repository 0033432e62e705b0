package org.gavel.grants;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gavel.grants.model.Call;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.RankAdjustment;
import org.gavel.grants.model.Ranking;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.grants.persistence.Scores;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The ranking of a call's scored proposals: weighted totals normalised per evaluator
 * ({@link Ranking}), computed once every proposal is settled ({@link #settled}), then
 * changed by the panel meeting, each change with its reason ({@link #adjust}).
 */
@Service
public class RankingProposals {

	/** Where a proposal still moves: the call is not settled while one stands here. */
	static final Set<ProposalStatus> UNSETTLED = EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED,
			ProposalStatus.SCREENING, ProposalStatus.ELIGIBLE, ProposalStatus.EVALUATION);

	private final Calls calls;

	private final Proposals proposals;

	private final Scores scores;

	private final GrantMails mails;

	private final Clock clock;

	RankingProposals(Calls calls, Proposals proposals, Scores scores, GrantMails mails, Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.scores = scores;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Whether every proposal of a closed call is settled (withdrawn, not submitted,
	 * ineligible or scored), asked under a lock on the call so that the last two
	 * proposals to settle at once see each other.
	 * @param rfp the call
	 * @return true when none still moves
	 */
	public boolean settled(Reference rfp) {
		Call call = this.calls.found(rfp).orElseThrow();
		this.calls.lock(call.id());
		return call.status() == RfpStatus.CLOSED
				&& this.proposals.ofRfp(call.id()).stream().noneMatch((p) -> UNSETTLED.contains(p.status()));
	}

	/**
	 * Opens the ranking to the panel meeting: the call's chair is mailed.
	 * @param rfp the call
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> open(Reference rfp) {
		return this.calls.found(rfp).then((call) -> {
			if (call.status() != RfpStatus.CLOSED) {
				return Outcome.refused(rfp + " is " + call.status().label() + ".");
			}
			this.calls.status(call.id(), RfpStatus.RANKING);
			this.mails.rankingReady(call);
			GrantLog.RANKING_OPENED.log(rfp,
					this.proposals.ofRfp(call.id())
						.stream()
						.filter((p) -> p.status() == ProposalStatus.SCORED)
						.count());
			return Outcome.done();
		});
	}

	/**
	 * The ranking as it stands.
	 * @param call the call
	 * @return the rows in their place after the panel's changes
	 */
	public Ranked ranking(Call call) {
		Map<String, Proposal> scored = this.proposals.ofRfp(call.id())
			.stream()
			.filter((p) -> p.status().scored())
			.collect(Collectors.toMap((p) -> p.reference().toString(), (p) -> p, (a, b) -> a, LinkedHashMap::new));
		Ranking ranking = Ranking.of(call.rfp().criteria(),
				this.scores.cards(call.id()).stream().filter((card) -> scored.containsKey(card.proposal())).toList());
		Map<Reference, Scores.Adjusted> changes = this.scores.adjustments(call.id());
		List<Row> rows = new ArrayList<>();
		for (Ranking.Entry entry : ranking.entries()) {
			Reference reference = Reference.parse(entry.proposal()).orElseThrow();
			Scores.Adjusted change = changes.get(reference);
			rows.add(new Row(scored.get(entry.proposal()), entry,
					(change != null) ? change.change().rank() : entry.rank(),
					(change != null) ? change.change().reason() : null));
		}
		rows.sort(Comparator.comparingInt(Row::place).thenComparing((row) -> row.entry().rank()));
		return new Ranked(rows);
	}

	/**
	 * The panel meeting's changes, as the chair records them; the ranking is then final
	 * for the working group's recommendation.
	 * @param adjusting which call, who, the lines
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> adjust(Adjusting adjusting) {
		return this.calls.found(adjusting.rfp()).then((call) -> {
			if (call.status() != RfpStatus.RANKING) {
				return Outcome.refused(call.reference() + " is " + call.status().label() + ".");
			}
			Ranked ranked = ranking(call);
			Map<Reference, UUID> ids = new LinkedHashMap<>();
			ranked.rows().forEach((row) -> ids.put(row.proposal().reference(), row.proposal().id()));
			return RankAdjustment.read(adjusting.lines(), ids.keySet()).then((changes) -> {
				Map<UUID, RankAdjustment> byId = new LinkedHashMap<>();
				changes.forEach((reference, change) -> byId.put(ids.get(reference), change));
				this.scores.adjust(call.id(), byId, adjusting.by(), this.clock.instant());
				this.calls.status(call.id(), RfpStatus.RANKED);
				GrantLog.RANKING_ADJUSTED.log(call.reference(), changes.size(), adjusting.by());
				return Outcome.done();
			});
		});
	}

	/**
	 * A ranking as its page shows it.
	 *
	 * @param rows the proposals in their place
	 */
	public record Ranked(List<Row> rows) {

		/**
		 * The largest normalised score's size, for the chart's scale.
		 * @return at least 1
		 */
		public double scale() {
			return Math.max(1.0,
					this.rows.stream()
						.mapToDouble((row) -> Math.abs(row.entry().normalised().doubleValue()))
						.max()
						.orElse(1.0));
		}

	}

	/**
	 * A proposal in the ranking.
	 *
	 * @param proposal the proposal
	 * @param entry its computed entry: raw and normalised scores, the evaluators' marks
	 * @param place its place after the panel's changes
	 * @param reason why the panel moved it, or {@code null}
	 */
	public record Row(Proposal proposal, Ranking.Entry entry, int place, String reason) {

		public boolean moved() {
			return this.reason != null;
		}

		/**
		 * Where the bar of its normalised score starts in the chart, whose axis (0) is at
		 * 300 of 480, right of the proposals' references (0 to about 120).
		 * @param scale the ranking's scale
		 * @return the bar's left edge
		 */
		public long barX(double scale) {
			return (this.entry.normalised().signum() < 0) ? 300 - barWidth(scale) : 300;
		}

		/**
		 * The bar's width in the chart: 170 for the ranking's largest normalised score.
		 * @param scale the ranking's scale
		 * @return from 0 to 170
		 */
		public long barWidth(double scale) {
			return Math.round(Math.abs(this.entry.normalised().doubleValue()) / scale * 170);
		}

		/**
		 * Its evaluators' marks in words.
		 * @return e.g. "ezra 78.00% (z 0.707107)"
		 */
		public String marks() {
			return String.join("; ",
					this.entry.marks()
						.stream()
						.map((mark) -> mark.evaluator() + " " + mark.percent() + "% (z " + mark.zShown() + ")")
						.toList());
		}

	}

	/**
	 * The panel meeting's changes.
	 *
	 * @param rfp the call
	 * @param by the chair, signed in
	 * @param lines one line per change
	 */
	public record Adjusting(Reference rfp, String by, String lines) {

	}

}
