package org.gavel.voting.web;

import java.util.Optional;
import java.util.function.Function;

import org.gavel.system.TaskPages;
import org.gavel.voting.process.BallotProcess;

import org.springframework.stereotype.Component;

/** A ballot's tasks (in-room tallies, the sign-off) are done on the ballot's page. */
@Component
class BallotTaskPages implements TaskPages {

	@Override
	public String process() {
		return BallotProcess.KEY;
	}

	@Override
	public Optional<String> page(String task, String businessKey, Function<String, Object> variable) {
		Object ballot = variable.apply(BallotProcess.BALLOT_ID.name());
		if (ballot == null) {
			return Optional.empty();
		}
		String section = switch (task) {
			case BallotProcess.ENTER_IN_ROOM_TALLIES -> "#in-room";
			case BallotProcess.SIGN_OFF -> "#sign-off";
			default -> "";
		};
		return Optional.of("/ballots/" + ballot + section);
	}

}
