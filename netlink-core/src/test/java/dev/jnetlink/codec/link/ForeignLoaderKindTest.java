package dev.jnetlink.codec.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link kind that lives in a class loader of its own, as a plug-in host (an application
 * server, a build-tool plug-in) loads it: compiled here into a directory, loaded by a child
 * {@link URLClassLoader}, and found through {@link java.util.ServiceLoader} with the thread's
 * context class loader. Its {@code IFLA_INFO_DATA} decodes into its own record and encodes back
 * to the same bytes.
 */
class ForeignLoaderKindTest {
    private static final String KIND = "jnltoy";

    /** The plug-in's sources: a record with its table, and the kind. */
    private static final Map<String, String> SOURCES = Map.of(
            "toy/ToyInfo.java", """
                    package toy;

                    import dev.jnetlink.codec.AttributeSetCodec;
                    import dev.jnetlink.codec.AttributeSpace;
                    import dev.jnetlink.codec.RawAttribute;
                    import dev.jnetlink.codec.link.LinkInfoData;
                    import java.util.List;

                    public record ToyInfo(Integer id, String label, List<RawAttribute> unknown)
                            implements LinkInfoData {
                        public static final AttributeSetCodec<ToyInfo> CODEC = AttributeSetCodec
                                .builder(ToyInfo.class, AttributeSpace.unnamed("IFLA_TOY"))
                                .u32("id", 1)
                                .string("label", 2)
                                .unknown("unknown")
                                .build(v -> new ToyInfo(v.next(), v.next(), v.next()));
                    }
                    """,
            "toy/ToyKind.java", """
                    package toy;

                    import dev.jnetlink.codec.link.TableLinkKind;

                    public final class ToyKind extends TableLinkKind {
                        public ToyKind() {
                            super("jnltoy", ToyInfo.CODEC);
                        }
                    }
                    """);

    @TempDir
    Path dir;

    private final ClassLoader before = Thread.currentThread().getContextClassLoader();

    @AfterEach
    void restore() {
        Thread.currentThread().setContextClassLoader(before);
        LinkKinds.unregister(KIND);
    }

    @Test
    void aKindInAChildLoaderDecodesAndEncodes() throws Exception {
        Path classes = compilePlugin();
        ByteBuf in = Unpooled.buffer();
        ByteBuf out = Unpooled.buffer();
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ForeignLoaderKindTest.class.getClassLoader())) {
            assertThat(LinkKinds.get(KIND)).as("not yet visible").isNull();
            Thread.currentThread().setContextClassLoader(plugin);
            writeLink(in);

            Link link = LinkCodec.decode(cursor(in));

            LinkInfoData data = link.linkInfo().data();
            assertThat(data.getClass().getName()).isEqualTo("toy.ToyInfo");
            assertThat(data.getClass().getClassLoader()).isSameAs(plugin);
            assertThat(data).hasToString("ToyInfo[id=7, label=seven, unknown=[]]");
            assertThat(LinkKinds.get(KIND).getClass().getClassLoader()).isSameAs(plugin);

            MessageWriter w = new MessageWriter(out);
            int m = w.beginMessage(16, 0, 1, 0);
            LinkCodec.encode(w, link);
            w.endMessage(m);
            assertThat(ByteBufUtil.hexDump(out)).isEqualTo(ByteBufUtil.hexDump(in));
        } finally {
            in.release();
            out.release();
        }
    }

    private static MessageCursor cursor(ByteBuf in) {
        MessageCursor c = new MessageCursor().reset(in);
        c.next();
        return c;
    }

    /** {@code RTM_NEWLINK}: index 9, {@code IFLA_IFNAME toy0}, kind jnltoy with id 7 and label seven. */
    private static void writeLink(ByteBuf in) {
        MessageWriter w = new MessageWriter(in);
        int m = w.beginMessage(16, 0, 1, 0);
        new IfInfoMsg(0, 1, 9, 0, 0).write(in);
        w.putString(Ifla.IFNAME, "toy0");
        int info = w.beginNested(Ifla.LINKINFO);
        w.putString(IflaInfo.KIND, KIND);
        int data = w.beginNested(IflaInfo.DATA);
        w.putU32(1, 7);
        w.putString(2, "seven");
        w.endNested(data);
        w.endNested(info);
        w.endMessage(m);
    }

    private Path compilePlugin() throws IOException, URISyntaxException {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
                location(LinkKind.class) + java.io.File.pathSeparator + location(ByteBuf.class),
                "-proc:none", "--release", "17"));
        for (Map.Entry<String, String> e : SOURCES.entrySet()) {
            Path f = src.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            args.add(f.toString());
        }
        Path services = classes.resolve("META-INF/services/" + LinkKind.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, "toy.ToyKind\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int rc = javac.run(null, log, log, args.toArray(String[]::new));
        assertThat(rc).as("javac: %s", log).isZero();
        return classes;
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
