package ai.refinery.learn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.YamlConfigReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OptimizerSpecTest {
    private static OptimizerSpec bind(String yaml) {
        return ConfigBinder.bind(YamlConfigReader.read(new StringReader(yaml), "recipe.yaml"), OptimizerSpec.class, "optimizer");
    }

    @Test
    void eachTypeGetsItsDefaults() {
        assertThat(bind("type: sgd\n").create().describe()).isEqualTo("sgd(learning_rate=0.01, momentum=0.0, nesterov=false, weight_decay=0.0)");
        assertThat(bind("type: adam\n").create()).isInstanceOf(Adam.class).extracting(Optimizer::learningRate).isEqualTo(0.001);
        assertThat(bind("type: adamw\n").create().describe()).contains("adamw(").contains("weight_decay=0.01").contains("epsilon=1.0E-8");
        assertThat(bind("type: sgd\nlearning_rate: 0.1\nmomentum: 0.9\nnesterov: true\n").create().describe())
                .isEqualTo("sgd(learning_rate=0.1, momentum=0.9, nesterov=true, weight_decay=0.0)");
    }

    @Test
    void badSettingsAreReportedWhenTheRecipeIsRead() {
        assertThatThrownBy(() -> bind("type: adam\nbeta1: 1.5\n")).isInstanceOf(ConfigException.class).hasMessageContaining("beta1 must be in [0, 1)");
        assertThatThrownBy(() -> bind("type: rmsprop\n")).isInstanceOf(ConfigException.class).hasMessageContaining("sgd");
    }
}
