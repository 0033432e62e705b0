package org.gavel.approvals;

import org.gavel.system.LogCode;
import org.slf4j.event.Level;

/**
 * The log codes of EC approvals ({@code APPROVAL-0xx}).
 */
public enum ApprovalLog implements LogCode {

	ITEM_SUBMITTED(1, "item submitted id={} type={} subject={} seats={} chair={}"),
	ROUND_OPENED(2, "review round opened id={} round={} due={}"),
	REVIEW_RECORDED(3, "review recorded id={} round={} member={} response={}"),
	ROUND_ASSESSED(4, "round assessed id={} round={} consensus={} objections={} recused={}"),
	SEAT_VOTE_COUNTED(5, "seat vote counted id={} ballot={} outcome={}"),
	CHAIR_DECIDED(6, "chair decided id={} round={} decision={}"),
	ITEM_RESUBMITTED(7, "item resubmitted id={} version={} by={}"), DECIDED(8, "decided id={} decision={} how={}"),
	REVIEWS_OVERDUE(9, "reviews overdue id={} round={} silent={} chair={}");

	private final Entry entry;

	ApprovalLog(int number, String message) {
		this.entry = Entry.of("APPROVAL", number, Level.INFO, message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}
