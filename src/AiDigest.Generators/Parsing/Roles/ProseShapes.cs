using System;
using System.Collections.Immutable;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// Lines that are prose whatever their length or punctuation: bylines and editor's notes, interview and FAQ
/// dialogue, quoted speech, poll questions; and the shapes of sentences (questions answered at once, pronouns,
/// connectives) that the heading and caption rules ask about.
/// </summary>
internal static class ProseShapes
{
    /// <summary>A line that is never a heading, caption or lede: a byline, an editor's note, dialogue or speech.</summary>
    public static bool IsProseOnly(string trimmed) => IsByline(trimmed) || IsDialogue(trimmed) || IsSpeech(trimmed);

    /// <summary>
    /// <c>作者：…</c>, <c>编辑：…</c>, <c>来源：…</c>, <c>转载自…</c>, <c>本文经…授权</c>, <c>编者按：…</c>,
    /// <c>本文第一作者为…</c>, <c>By Maria Chen</c>, <c>Editor's note: …</c>: who wrote, edited or supplied the article.
    /// </summary>
    public static bool IsByline(string t)
    {
        if (t.Length == 0) return false;
        if (BylineStarts.IndexOf(t[0]) < 0) return IsMastheadCredit(t);
        foreach (var label in Vocabulary.Prose.BylineLabels)
        {
            if (t.Length == label.Length || !CharacterFold.StartsWith(t, label)) continue;
            var after = CharacterFold.Fold(t[label.Length]);
            if (TextShapes.IsColon(after) || after is '|' or '\uFF5C' or '丨' or '/' || TextShapes.IsSpace(after)) return true;
        }
        foreach (var opening in Vocabulary.Prose.BylineOpenings)
        {
            if (CharacterFold.StartsWith(t, opening)) return true;
        }
        if (CharacterFold.StartsWith(t, Vocabulary.Prose.Licensed) && CharacterFold.IndexOf(t, Vocabulary.Prose.Grants) > 0) return true;
        if (CharacterFold.StartsWith(t, Vocabulary.Prose.ThisArticle) && t.Length <= 80
            && (CharacterFold.IndexOf(t, Vocabulary.Prose.AuthorWords[0]) is > 0 and < 12 || CharacterFold.IndexOf(t, Vocabulary.Prose.AuthorWords[1]) is > 0 and < 6)) return true;
        if (t.StartsWith("By ", StringComparison.Ordinal) && t.Length > 3 && char.IsUpper(t[3]) && !TextShapes.EndsClause(t[t.Length - 1]) && t.Split(' ').Length <= 10) return true;
        return t.StartsWith("Editor's note", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Editor\u2019s note", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("Author:", StringComparison.Ordinal) || t.StartsWith("Source:", StringComparison.Ordinal) || t.StartsWith("Reprinted from", StringComparison.Ordinal);
    }

    /// <summary>
    /// The credits Chinese media print under a title: the desk that reports (<c>机器之心报道</c>, <c>新智元报道</c>),
    /// a dateline (<c>西风 发自 凹非寺</c>), the channel (<c>量子位 | 公众号 QbitAI</c>). Short lines only.
    /// </summary>
    private static bool IsMastheadCredit(string t)
    {
        if (t.Length > 40) return false;
        if (t.Length is >= 5 and <= 16 && NoPunctuation(t) && !Asks(t))
        {
            foreach (var ending in Vocabulary.Prose.DeskEndings)
            {
                if (t.Length > ending.Length && CharacterFold.MatchesAt(t, t.Length - ending.Length, ending)) return true;
            }
        }
        var dateline = CharacterFold.IndexOf(t, Vocabulary.Prose.Dateline);
        if (dateline > 0 && TextShapes.IsSpace(t[dateline - 1]) && dateline + 2 < t.Length && TextShapes.IsSpace(t[dateline + 2]) && NoPunctuation(t)) return true;
        var channel = CharacterFold.IndexOf(t, Vocabulary.Prose.Channel);
        if (channel < 0) return false;
        var before = TextShapes.Trim(t.Substring(0, channel));
        return before.Length == 0 || before[before.Length - 1] is '|' or '\uFF5C' or '\u4E28';
    }

    /// <summary>No sentence punctuation: a credit, not a sentence.</summary>
    private static bool NoPunctuation(string t)
    {
        foreach (var c in t)
        {
            if (TextShapes.IsComma(c) || TextShapes.IsColon(c) || c is '\u3002' or '\u3001' || TextShapes.IsSemicolon(c) || TextShapes.IsQuestionMark(c) || TextShapes.IsExclamationMark(c)) return false;
        }
        return true;
    }

    /// <summary>The first character of every byline: most lines are ruled out by it.</summary>
    /// <remarks>Simplified and Traditional forms both, so the test needs no fold: it runs on every line.</remarks>
    private const string BylineStarts = "作编編责責来來文译譯校出撰转轉本整主翻策采採口链鏈著版\u00A9BEeASR";

    /// <summary>Interview and FAQ dialogue: <c>问：…</c>, <c>答：…</c>, <c>Q: …</c>, <c>A: …</c>, <c>Q1：…</c>.</summary>
    public static bool IsDialogue(string t)
    {
        if (t.Length < 3 || CharacterFold.Fold(t[0]) is not ('问' or '答' or 'Q' or 'A')) return false;
        var i = 1;
        while (i < t.Length && i < 3 && t[i] is >= '0' and <= '9') i++;
        if (i < t.Length && t[i] == ' ') i++;
        return i < t.Length - 1 && TextShapes.IsColon(t[i]);
    }

    /// <summary>
    /// Quoted speech, <c>网友表示：这才是…</c>, <c>网友吐槽:这是人能写出来的review吗?</c>: a short speaker ending in
    /// a verb of saying, a colon, and what was said.
    /// </summary>
    public static bool IsSpeech(string t)
    {
        var colon = TextShapes.IndexOfAny(t, TextShapes.Colons);
        if (colon < 2 || colon > 14 || colon == t.Length - 1) return false;
        // The character before the colon is folded once; only words ending on it are compared.
        var before = CharacterFold.Fold(t[colon - 1]);
        foreach (var noun in Vocabulary.Prose.NotSpeech)
        {
            if (noun[noun.Length - 1] == before && EndsWithAt(t, colon, noun)) return false;
        }
        foreach (var verb in SpeechVerbs)
        {
            if (verb[verb.Length - 1] == before && EndsWithAt(t, colon, verb)) return true;
        }
        return false;
    }

    private static ImmutableArray<string> SpeechVerbs => Vocabulary.Prose.SpeechVerbs;

    /// <summary>Whether the text before <paramref name="end"/> ends with <paramref name="word"/>, without a copy of it.</summary>
    private static bool EndsWithAt(string text, int end, string word) =>
        end >= word.Length && CharacterFold.MatchesAt(text, end - word.Length, word);

    /// <summary>A poll: <c>投票：你认为…？ 单选</c>. The short lines after it are its options.</summary>
    public static bool IsPollQuestion(string t) =>
        CharacterFold.StartsWith(t, Vocabulary.Prose.Poll) && t.Length > 3 && TextShapes.IsColon(t[2]);

    /// <summary>A paragraph that answers the question before it (因为…, 答案是…, 简单来说…, 其实…, A:…).</summary>
    public static bool IsAnswer(string t)
    {
        foreach (var opening in AnswerOpenings)
        {
            if (t.StartsWith(opening, StringComparison.Ordinal)) return true;
        }
        return t.Length > 2 && (CharacterFold.Fold(t[0]) is '答' or 'A') && TextShapes.IsColon(t[1]);
    }

    private static ImmutableArray<string> AnswerOpenings => Vocabulary.Prose.AnswerOpenings;

    /// <summary>A question asked aloud rather than heading a section: it ends on <c>呢？</c> (结果呢？ 效果怎么样呢？).</summary>
    public static bool IsSpokenQuestion(string t) =>
        t.Length >= 2 && TextShapes.IsQuestionMark(t[t.Length - 1]) && CharacterFold.Fold(t[t.Length - 2]) == Vocabulary.Prose.SpokenQuestionParticle;

    /// <summary>Words that ask (什么, 怎么, 如何, 为什么, 哪, 吗, 呢) or a question mark: a line that asks does not describe an image.</summary>
    public static bool Asks(string t)
    {
        if (TextShapes.IsQuestionMark(t[t.Length - 1])) return true;
        foreach (var word in QuestionWords)
        {
            if (t.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    private static ImmutableArray<string> QuestionWords => Vocabulary.Prose.QuestionWords;

    /// <summary>
    /// Words that make a short line a sentence rather than the name of what a picture shows: pronouns and
    /// demonstratives, the copula, aspect and modal words, sentence-final particles.
    /// </summary>
    public static bool HasSentenceWords(string t)
    {
        foreach (var c in t)
        {
            if (SentenceCharacters.IndexOf(c) >= 0) return true;
        }
        return false;
    }

    private const string SentenceCharacters = Vocabulary.Prose.SentenceCharacters;

    /// <summary>A sentence that opens with a pronoun or demonstrative (这张图来自…, 我们发现…, 他呼吁…): prose about a picture, not its caption.</summary>
    public static bool OpensWithPronoun(string t) => t.Length > 0 && Vocabulary.Prose.Pronouns.IndexOf(CharacterFold.Fold(t[0])) >= 0;

    /// <summary>A reference to a picture elsewhere (上图, 下图, 如图): prose about it.</summary>
    public static bool PointsAtPicture(string t) =>
        ContainsAny(CharacterFold.Key(t), Vocabulary.Figures.Pointers);

    private static bool ContainsAny(string key, ImmutableArray<string> words)
    {
        foreach (var word in words)
        {
            if (key.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }
}
