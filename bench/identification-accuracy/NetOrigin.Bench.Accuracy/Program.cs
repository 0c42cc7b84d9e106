using NetOrigin.Bench.Accuracy;

// Accuracy benchmark for `netorigin identify` (bench/identification-accuracy/run.sh drives it):
//   convert CORPUS.tsv INVENTORY.jsonl         corpus rows -> inventory (id + the identifier column for the text)
//   score CORPUS.tsv IDENTIFY.tsv DATA_DIR [--covered ID,ID,...] [--as-of DATE]
//                                              scores identify's output, and the fingerprints alone, as Markdown
return args switch
{
    ["convert", var corpus, var inventory] => Converter.Run(corpus, inventory),
    ["score", var corpus, var output, var data, .. var rest] => Scorer.Run(corpus, output, data, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: NetOrigin.Bench.Accuracy convert CORPUS.tsv INVENTORY.jsonl");
    Console.Error.WriteLine("       NetOrigin.Bench.Accuracy score CORPUS.tsv IDENTIFY.tsv DATA_DIR [--covered ID,...] [--as-of YYYY-MM-DD]");
    return 2;
}
