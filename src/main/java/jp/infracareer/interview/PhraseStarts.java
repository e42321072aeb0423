package jp.infracareer.interview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * A bank's folded phrases in one Lucene FST (the structure Kuromoji keeps its dictionary in), keyed by their
 * letters: every phrase that starts at a place in a sentence is found by one walk from there, however many
 * phrases share their first letters (thousands do: サーバー…, "co…"). Phrases that fold alike share an entry.
 */
final class PhraseStarts {
    /** Told of each phrase found: the ids of the phrases spelt so, where it starts and where it ends. */
    interface Found {
        void at(int[] ids, int start, int end);
    }

    /** Null when there are no phrases (Lucene builds no FST from no keys). */
    private final FST<Long> fst;
    /** Per FST output: the ids of the phrases that fold to that spelling. */
    private final int[][] spellings;

    private PhraseStarts(FST<Long> fst, int[][] spellings) {
        this.fst = fst;
        this.spellings = spellings;
    }

    /** The phrases {@code folded} (by id); an empty one is never found. */
    static PhraseStarts of(String[] folded) {
        // the FST takes its keys in order: String's order, as the keys are its UTF-16 letters
        TreeMap<String, List<Integer>> bySpelling = new TreeMap<>();
        for (int p = 0; p < folded.length; p++) {
            if (!folded[p].isEmpty()) {
                bySpelling.computeIfAbsent(folded[p], k -> new ArrayList<>()).add(p);
            }
        }
        PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
        FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE2, outputs).build();
        int[][] spellings = new int[bySpelling.size()][];
        IntsRefBuilder key = new IntsRefBuilder();
        int n = 0;
        try {
            for (var e : bySpelling.entrySet()) {
                String s = e.getKey();
                key.clear();
                for (int i = 0; i < s.length(); i++) {
                    key.append(s.charAt(i));
                }
                compiler.add(key.get(), (long) n);
                spellings[n++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            }
            if (n == 0) {
                return new PhraseStarts(null, spellings);
            }
            FST<Long> built = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
            // read back into one array: the compiler's own store reads each byte through a buffer, and this walk
            // is the hot loop of reading an answer
            ByteBuffersDataOutput meta = new ByteBuffersDataOutput();
            ByteBuffersDataOutput bytes = new ByteBuffersDataOutput();
            built.save(meta, bytes);
            return new PhraseStarts(new FST<>(FST.readMetadata(meta.toDataInput(), outputs),
                    new ByteArrayDataInput(bytes.toArrayCopy())), spellings);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // on the heap: no I/O happens
        }
    }

    /** Every phrase found anywhere in {@code text}, each place it starts (overlaps included). */
    void scan(String text, Found found) {
        if (fst == null) {
            return;
        }
        FST.BytesReader in = fst.getBytesReader();
        FST.Arc<Long> arc = new FST.Arc<>();
        PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
        try {
            for (int start = 0; start < text.length(); start++) {
                fst.getFirstArc(arc);
                Long output = outputs.getNoOutput();
                for (int at = start; at < text.length(); at++) {
                    if (fst.findTargetArc(text.charAt(at), arc, arc, in) == null) {
                        break;
                    }
                    output = outputs.add(output, arc.output());
                    if (arc.isFinal()) {
                        found.at(spellings[(int) (long) outputs.add(output, arc.nextFinalOutput())], start, at + 1);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
