package org.gavel.grants.web;

import org.gavel.grants.model.Reference;
import org.gavel.grants.process.ProjectProcess;
import org.gavel.grants.process.ProposalProcess;
import org.gavel.grants.process.RfpProcess;
import org.gavel.system.TaskPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the grant workflows' tasks are done: a call's panel meeting and recommendation on
 * its ranking, an evaluator's declaration and scoring on the evaluation page, a pledge on
 * the funding page, the secretariat's screening and evaluators on the call's page, and a
 * project's milestones and reports on the project's page.
 */
@Configuration(proxyBeanMethods = false)
class GrantTaskPages {

	@Bean
	TaskPages rfpTaskPages() {
		return TaskPages.byBusinessKey(RfpProcess.KEY, (task, rfp) -> "/rfps/" + rfp + "/ranking");
	}

	@Bean
	TaskPages proposalTaskPages() {
		return TaskPages.byBusinessKey(ProposalProcess.KEY, (task, proposal) -> switch (task) {
			case ProposalProcess.DECLARE_CONFLICT, ProposalProcess.SCORE -> "/evaluate/" + proposal;
			case ProposalProcess.PLEDGE -> "/funding";
			default -> Reference.parse(proposal).map((reference) -> "/rfps/" + reference.call()).orElse(null);
		});
	}

	@Bean
	TaskPages projectTaskPages() {
		return TaskPages.byBusinessKey(ProjectProcess.KEY, (task, project) -> "/projects/" + project);
	}

}
