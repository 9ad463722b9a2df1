using System;

namespace AiDigest.Generators.Text;

/// <summary>
/// The matching key of a line: one character for one character, so an offset in the key is the same offset in the
/// raw line, and a rule that matches a keyword on the key reads its span from the raw text. Full-width ASCII
/// (<c>：</c>, <c>（</c>, <c>１</c>, <c>Ａ</c>) becomes ASCII, the ideographic space a space, and Traditional characters
/// become their Simplified forms, so that <c>論文標題：</c>, <c>论文标题:</c> and <c>论文标题：</c> are one key.
/// Nothing else changes: case, other punctuation and every other character stay as written.
/// </summary>
/// <remarks>
/// The Traditional table covers the characters of the vocabulary (<c>Parsing/Lines/Vocabulary.cs</c>) and the common
/// characters around them in headings, labels and captions; it was written from the standard character
/// correspondences, one pair per character. A character that is also a Simplified character of its own meaning
/// (<c>著</c> in 著名, <c>甚</c> in 甚至) is left out: folding it would break Simplified words. The two strings are sorted by the Traditional
/// character, read by binary search: no table is built at run time and no state is kept.
/// </remarks>
internal static class CharacterFold
{
    /// <summary>Traditional characters, in ascending code order.</summary>
    private const string Traditional = ""
            + "並乾佈來係個們備傳傷僅價儀億償優儲兒內兩冊凍劃劇劍動勝勞勢勵匯區協卻厲參叢員問啓啟喬單嗎嘗噸嚮嚴圍園圓圖團執堅報場塊塗墜"
            + "壇壓壘壞壯夠夢夥奧奪奮妝婦媽孫學宮實寧審寫寬寶將專尋對導屆屜層屬岡島峽崗嶺帶幀幣幫幹幾庫廂廠廢廣廳張彈彎彙彥後徑從復徵悅"
            + "惡愛態慮憂憑憶應懷懸懼戀戰戲戶拋挾捨掃掛揚換損搖撥擁擇擊擔據擬擴擺攜攝攤敗敵數斂斷於時晝暫曆曉書會東條業極構槍樂標樣樹橋"
            + "機檔檢檯權歡歲歷歸殺氣沒測準溝滿漢潛濟灣為無熱爭牆獎獨獲獻現環產畫異當療發盡監盤眾瞭確碼礎禦禮種稱穩窮競筆節範築簡紀約紅"
            + "納紙級細紹終組結絕絡給統絲經綜綠維網緊緒線緣編練縣縮總績織繪繫繼續罰義習聖聞聯聲職聽腦膠臉臨臺與興舉舊艙華萬葉藍藝藥蘇蘋"
            + "蘭處虛號術衛衝裏補裝裡製複襲見規視親覺覽觀觸訂計訊討訓託記訪設許註評詞詢試詩話該詳誌認誒誕語誤說誰課調談請論諸謂講謝證識"
            + "譯議護譽讀變讓讚豐貓貝負財貢貨販貪貫責費資質賬賴購賽趕趨跡蹤躍車軌軍軟軸較載輔輕輪輯輸轉辦辭辯農這連週進遊運過達遞遠適遷"
            + "選遺還邊邏鄉鄰醫釋釐針鋼錄錢錯錶鍵鏈鏡鐘鐵鑑鑒長門閃閉開閑閒間閱闊關陣陳陸隊際隨險隱隸隻雖雙雜雞離難雲電靈靜鞏韓響頁頂項"
            + "順須預頒頓領頭頻題額顏願類顧顯風颱飄飛飯養餘館馬駕騰驅驗驟體髮鬆鬥鬧魚鳥麗麵麼黃點黨齊齒齡龍龜";

    /// <summary>The Simplified form of the character at the same position of <see cref="Traditional"/>.</summary>
    private const string Simplified = ""
            + "并干布来系个们备传伤仅价仪亿偿优储儿内两册冻划剧剑动胜劳势励汇区协却厉参丛员问启启乔单吗尝吨向严围园圆图团执坚报场块涂坠"
            + "坛压垒坏壮够梦伙奥夺奋妆妇妈孙学宫实宁审写宽宝将专寻对导届屉层属冈岛峡岗岭带帧币帮干几库厢厂废广厅张弹弯汇彦后径从复征悦"
            + "恶爱态虑忧凭忆应怀悬惧恋战戏户抛挟舍扫挂扬换损摇拨拥择击担据拟扩摆携摄摊败敌数敛断于时昼暂历晓书会东条业极构枪乐标样树桥"
            + "机档检台权欢岁历归杀气没测准沟满汉潜济湾为无热争墙奖独获献现环产画异当疗发尽监盘众了确码础御礼种称稳穷竞笔节范筑简纪约红"
            + "纳纸级细绍终组结绝络给统丝经综绿维网紧绪线缘编练县缩总绩织绘系继续罚义习圣闻联声职听脑胶脸临台与兴举旧舱华万叶蓝艺药苏苹"
            + "兰处虚号术卫冲里补装里制复袭见规视亲觉览观触订计讯讨训托记访设许注评词询试诗话该详志认诶诞语误说谁课调谈请论诸谓讲谢证识"
            + "译议护誉读变让赞丰猫贝负财贡货贩贪贯责费资质账赖购赛赶趋迹踪跃车轨军软轴较载辅轻轮辑输转办辞辩农这连周进游运过达递远适迁"
            + "选遗还边逻乡邻医释厘针钢录钱错表键链镜钟铁鉴鉴长门闪闭开闲闲间阅阔关阵陈陆队际随险隐隶只虽双杂鸡离难云电灵静巩韩响页顶项"
            + "顺须预颁顿领头频题额颜愿类顾显风台飘飞饭养余馆马驾腾驱验骤体发松斗闹鱼鸟丽面么黄点党齐齿龄龙龟";

    /// <summary>The character as a key: ASCII for full-width ASCII, a space for the ideographic space, Simplified for Traditional.</summary>
    public static char Fold(char c)
    {
        if (c < 0x3000) return c;
        if (c == '\u3000') return ' ';
        if (c >= '\uFF01' && c <= '\uFF5E') return (char)(c - 0xFEE0);
        if (c < 0x4E00 || c > 0x9FFF) return c;
        var low = 0;
        var high = Traditional.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var found = Traditional[middle];
            if (found == c) return Simplified[middle];
            if (found < c) low = middle + 1;
            else high = middle - 1;
        }
        return c;
    }

    /// <summary>The key of <paramref name="text"/>: the same length, each character folded; the same instance when nothing folds.</summary>
    public static string Key(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Fold(c) == c) continue;
            var key = text.ToCharArray();
            for (var j = i; j < key.Length; j++) key[j] = Fold(key[j]);
            return new string(key);
        }
        return text;
    }

    /// <summary>Whether <paramref name="text"/> folded begins with <paramref name="key"/> (a key: already folded) at <paramref name="start"/>.</summary>
    public static bool MatchesAt(string text, int start, string key)
    {
        if (start < 0 || start + key.Length > text.Length) return false;
        for (var i = 0; i < key.Length; i++)
        {
            if (Fold(text[start + i]) != key[i]) return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="text"/> folded starts with <paramref name="key"/>.</summary>
    public static bool StartsWith(string text, string key) => MatchesAt(text, 0, key);

    /// <summary>The first position at or after <paramref name="start"/> where <paramref name="text"/> folded holds <paramref name="key"/>, or -1.</summary>
    public static int IndexOf(string text, string key, int start = 0)
    {
        if (key.Length == 0) return Math.Min(start, text.Length);
        for (var i = start; i + key.Length <= text.Length; i++)
        {
            if (MatchesAt(text, i, key)) return i;
        }
        return -1;
    }

    /// <summary>Whether the table is well formed: as long as its Simplified twin and strictly ascending (checked by the tests).</summary>
    internal static bool TableIsWellFormed() => IsSortedAndPaired(Traditional, Simplified);

    /// <summary>Whether <paramref name="keys"/> is strictly ascending and as long as <paramref name="values"/>.</summary>
    internal static bool IsSortedAndPaired(string keys, string values)
    {
        if (keys.Length != values.Length) return false;
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i - 1] >= keys[i]) return false;
        }
        return true;
    }
}
