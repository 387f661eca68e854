package ai.refinery.learn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.YamlConfigReader;
import ai.refinery.learn.nn.LossFunction;
import ai.refinery.learn.optim.ScheduleConfig;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainerConfigTest {
    private static TrainerConfig bind(String yaml) {
        return ConfigBinder.bind(YamlConfigReader.read(new StringReader(yaml), "recipe.yaml"), TrainerConfig.class, "train");
    }

    @Test
    void bindsFromARecipeWithDefaultsFilledIn() {
        TrainerConfig c = bind("epochs: 5\nbatch_size: 32\nvalidation_fraction: 0.1\npatience: 2\nmonitor: val_accuracy\n"
                + "schedule: {type: cosine, min_learning_rate: 0.001, warmup_epochs: 1}\n");
        assertThat(c.epochs()).isEqualTo(5);
        assertThat(c.seed()).isEqualTo(42);
        assertThat(c.monitor()).isEqualTo(TrainerConfig.Monitor.VAL_ACCURACY);
        assertThat(c.loss()).isEqualTo(LossFunction.CROSS_ENTROPY);
        assertThat(c.schedule()).isEqualTo(ScheduleConfig.cosine(0.001).withWarmup(1));
        assertThat(c.checkpointDir()).isNull();

        assertThat(bind("epochs: 3\n").schedule()).isEqualTo(ScheduleConfig.constant());
        Map<String, Object> values = ConfigBinder.values(c);
        assertThat(values).containsEntry("batch_size", 32).containsEntry("monitor", "val_accuracy").containsEntry("loss", "cross_entropy");
    }

    @Test
    void mistakesAreReportedWithTheKey() {
        assertThatThrownBy(() -> bind("epochs: 5\nbatch_sise: 32\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting 'batch_sise'").hasMessageContaining("batch_size");
        assertThatThrownBy(() -> bind("epochs: 5\nclip_norm: -1\n")).hasMessageContaining("clip_norm must be a finite number >= 0, got -1.0");
        assertThatThrownBy(() -> bind("epochs: 5\nloss: hinge\n")).hasMessageContaining("cross_entropy");
    }
}
