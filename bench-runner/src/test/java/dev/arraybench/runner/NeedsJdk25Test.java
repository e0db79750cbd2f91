package dev.arraybench.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NeedsJdk25Test {

    @Test
    void shouldSayInOneLineThatTheCommandNeedsJdk25() {
        assertThatThrownBy(() -> new NeedsJdk25("breakeven").call()).isInstanceOf(UserError.class)
                .hasMessageStartingWith("breakeven needs JDK 25 (this is Java ").hasMessageNotContaining("\n");
    }

    @Test
    void shouldRegisterTheRealCommandsOnTheJdkTheTestsRunOn() {
        assertThat(NeedsJdk25.satisfied()).isTrue();
        Object run = Main.commandLine().getSubcommands().get("run").getCommand();
        assertThat(run).isNotInstanceOf(NeedsJdk25.class);
        assertThat(Main.commandLine().getSubcommands().keySet()).startsWith("run", "breakeven", "report");
    }
}
