package org.gavel.voting;

import org.gavel.system.LogCode;
import org.slf4j.event.Level;

/**
 * The log codes of ballots and votes ({@code VOTING-0xx}).
 */
public enum VotingLog implements LogCode {

	RULE_SETS_LOADED(1, Level.INFO, "rule sets loaded: {}"),
	RULE_SETS_INVALID(2, Level.ERROR, "rule sets cannot be used:\n  {}"),
	BALLOT_CREATED(10, Level.INFO, "ballot created id={} rules={} v{} voters={} opens={} closes={}"),
	VOTE_REFUSED(11, Level.INFO, "vote refused ballot={} voter={}: {}"),
	PROXY_GIVEN(12, Level.INFO, "proxy given ballot={} principal={} holder={} by={}"),
	PROXY_REFUSED(13, Level.INFO, "proxy refused ballot={} principal={}: {}"),
	IN_ROOM_TALLY(14, Level.INFO, "in-room tally ballot={} group={} revision={} {} by={}"),
	IN_ROOM_TALLY_REFUSED(15, Level.INFO, "in-room tally refused ballot={}: {}"),
	ORGANISATION_VOTE(16, Level.INFO, "{} votes for {} in the place the roll gave {}"),
	PROXY_WITHDRAWN(17, Level.INFO, "proxy withdrawn ballot={} principal={} by={}"),
	MEETING_CREATED(18, Level.INFO, "meeting created id={} title={} held={} by={}"),
	ATTENDANCE_RECORDED(19, Level.INFO, "attendance recorded meeting={} present={} represented={} by={}"),
	BALLOT_CLOSED(20, Level.INFO, "ballot closed id={} votes={} outcome={} chain-head={}"),
	SIGNED_OFF(21, Level.INFO, "result signed off ballot={} scrutineer={}"),
	RESULT_PUBLISHED(22, Level.INFO, "result published ballot={}");

	private final Entry entry;

	VotingLog(int number, Level level, String message) {
		this.entry = Entry.of("VOTING", number, level, message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}
