package org.gavel.voting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.gavel.voting.model.ChamberFigures;
import org.gavel.voting.model.Counts;
import org.gavel.voting.model.OptionFigures;
import org.gavel.voting.model.Result;
import org.gavel.voting.model.Share;

/**
 * The geometry of the results chart: a bar per chamber, for, against and abstain as parts
 * of the chamber's members on the roll, with the figures in words beside it (the share in
 * favour that the rule set counts is the table's, not the chart's). The template draws it
 * as SVG; the numbers are computed here so the template stays free of arithmetic.
 *
 * @param width the drawing's width
 * @param height its height
 * @param bars a bar per chamber, then one for all chambers; on a ballot between options,
 * a bar per option
 * @param title what the chart shows, for those who cannot see it
 */
public record ResultChart(int width, int height, List<Bar> bars, String title) {

	static final int LABEL = 260;

	static final int BAR = 360;

	static final int ROW = 34;

	static final int CAPTION = 330;

	/**
	 * The chart of a result.
	 * @param result the result
	 * @param chamberName the label people read for a chamber, e.g. "Civil society" for
	 * {@code civil-society}
	 * @return its geometry
	 */
	static ResultChart of(Result result, UnaryOperator<String> chamberName) {
		if (!result.options().isEmpty()) {
			return options(result);
		}
		List<Bar> bars = new ArrayList<>();
		int y = 10;
		for (ChamberFigures chamber : result.chambers()) {
			if (chamber.roomAsOne()) {
				// the room counted as one has no roll of its own to draw against
				continue;
			}
			bars.add(Bar.of(chamberName.apply(chamber.chamber()), chamber, y));
			y += ROW;
		}
		bars.add(Bar.of("All chambers", result.totals(), y));
		return new ResultChart(LABEL + BAR + CAPTION, y + ROW, bars,
				"Votes for, against and abstaining per chamber, as parts of the members on its roll; the grey rest did not vote");
	}

	/**
	 * A bar per option: its weighted share of the ballots for an option, all chambers.
	 */
	private static ResultChart options(Result result) {
		List<Bar> bars = new ArrayList<>();
		int y = 10;
		for (OptionFigures option : result.options()) {
			Share share = option.totals().inFavour();
			int width = (share != null) ? (int) Math.round(BAR * share.value().doubleValue()) : 0;
			String label = option.number() + ". " + option.label();
			bars.add(new Bar((label.length() > 34) ? label.substring(0, 33) + "\u2026" : label, y, width, LABEL + width,
					0, LABEL + width, 0, (share != null) ? share.percent() + (option.chosen() ? ", chosen" : "")
							: "no ballots for an option"));
			y += ROW;
		}
		return new ResultChart(LABEL + BAR + CAPTION, y + ROW, bars,
				"Each option's weighted share of the ballots for an option, all chambers");
	}

	/**
	 * One bar.
	 *
	 * @param label the chamber
	 * @param y its top
	 * @param forWidth width of the part for
	 * @param againstX where the part against starts
	 * @param againstWidth its width
	 * @param abstainX where abstentions start
	 * @param abstainWidth their width
	 * @param caption the figures in words
	 */
	public record Bar(String label, int y, int forWidth, int againstX, int againstWidth, int abstainX, int abstainWidth,
			String caption) {

		/**
		 * A chamber's bar: its whole length is the chamber's members on the roll; for,
		 * against and abstain fill their parts of it, and what stays grey did not vote.
		 * The caption gives the same figures in words.
		 */
		static Bar of(String label, ChamberFigures figures, int y) {
			Counts ballots = figures.ballots();
			int registered = Math.max(figures.registered(), 1);
			int forWidth = BAR * ballots.inFavour() / registered;
			int againstWidth = BAR * ballots.against() / registered;
			int abstainWidth = BAR * ballots.abstain() / registered;
			return new Bar(label, y, forWidth, LABEL + forWidth, againstWidth, LABEL + forWidth + againstWidth,
					abstainWidth, caption(figures));
		}

		/**
		 * What a chamber's bar shows, in words: e.g. "12 for, 3 against, 1 abstaining; 4
		 * of 20 did not vote".
		 */
		static String caption(ChamberFigures figures) {
			Counts ballots = figures.ballots();
			int cast = ballots.inFavour() + ballots.against() + ballots.abstain();
			int silent = Math.max(figures.registered() - cast, 0);
			return ballots.inFavour() + " for, " + ballots.against() + " against, " + ballots.abstain()
					+ " abstaining; " + ((silent == 0) ? "all " + figures.registered() + " voted"
							: silent + " of " + figures.registered() + " did not vote");
		}

		public int labelY() {
			return this.y + 16;
		}

		public int x() {
			return LABEL;
		}

		public int barWidth() {
			return BAR;
		}

		public int captionX() {
			return LABEL + BAR + 8;
		}

	}

}
