package org.gavel.archfixtures.alpha.model;

import org.springframework.stereotype.Component;

/** Fixture breaking "domain models are plain Java": a rule that is a Spring bean. */
@Component
class Rule {

}
