package ai.refinery.text.decontam;

import ai.refinery.core.op.OperatorProvider;

/** The same settings, samples and invalid configs as decontaminate: the two share one config. */
class FlagContaminationContractTest extends DecontaminateContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new FlagContamination.Provider();
    }
}
