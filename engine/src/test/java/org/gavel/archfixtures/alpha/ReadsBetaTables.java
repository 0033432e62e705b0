package org.gavel.archfixtures.alpha;

import org.gavel.archfixtures.beta.persistence.BetaRows;

/** Fixture breaking the feature boundary: reads another feature's tables. */
class ReadsBetaTables {

	BetaRows rows;

}
