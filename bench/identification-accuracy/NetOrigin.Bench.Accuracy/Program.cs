using NetOrigin.Bench.Accuracy;

// Accuracy benchmark for `netorigin identify` (bench/identification-accuracy/run.sh drives it). KIND is banners, snmp
// or models; every corpus is split into a tuning and a validation half by device family (CorpusSplit).
//   convert KIND CORPUS.tsv INVENTORY.jsonl      corpus rows -> inventory records (id + identifier fields, no label)
//   score KIND CORPUS.tsv IDENTIFY.tsv DATA_DIR [--covered ID,...] [--as-of DATE] [--details FILE]
//                                                scores identify's output per half, and the fingerprints alone, as Markdown;
//                                                --details lists the tuning half's misses only
//   split KIND CORPUS.tsv tuning|validation OUT.tsv
//                                                the raw rows of one half
return args switch
{
    ["convert", var kind, var corpus, var inventory] => Converter.Run(Corpus.ParseKind(kind), corpus, inventory),
    ["score", var kind, var corpus, var output, var data, .. var rest] => Scorer.Run(Corpus.ParseKind(kind), corpus, output, data, rest),
    ["split", var kind, var corpus, var half, var output] => Converter.Split(Corpus.ParseKind(kind), corpus, half, output),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: NetOrigin.Bench.Accuracy convert banners|snmp|models CORPUS.tsv INVENTORY.jsonl");
    Console.Error.WriteLine("       NetOrigin.Bench.Accuracy score banners|snmp|models CORPUS.tsv IDENTIFY.tsv DATA_DIR [--covered ID,...] [--as-of YYYY-MM-DD] [--details FILE]");
    Console.Error.WriteLine("       NetOrigin.Bench.Accuracy split banners|snmp|models CORPUS.tsv tuning|validation OUT.tsv");
    return 2;
}
