package org.gavel.archfixtures.beta.process;

import org.gavel.archfixtures.beta.persistence.BetaRows;

/** Fixture breaking the process glue: a step that reads its feature's tables itself. */
class BetaStepReadingRows {

	BetaRows rows;

}
