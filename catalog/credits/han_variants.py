"""Traditional Han characters and their simplified forms, for folding organisations' names printed either way.

Taiwan, Hong Kong and Macau print the traditional characters, the mainland and Singapore the simplified ones, and
one organisation is named both ways ("東方IC" and "东方IC", Imaginechina; "視覺中國" and "视觉中国", VCG; "韓聯社" and
"韩联社", Yonhap): a lookup key folds the traditional form onto the simplified one, so that the table lists a name
once. The pairs are the one-to-one ones of the General Table of Standard Chinese Characters (通用规范汉字表, 2013)
among the characters organisations', wires' and papers' names and the credit's words use; a character whose
simplified form also stands for another (乾/干, 後/后 "behind" and "queen") is left alone when the other is common in
names. Japanese shinjitai forms that differ from both (国, 会 are shared; 広, 発 are Japan's own) are not folded.
"""

from __future__ import annotations

# traditional, simplified: read in pairs
_PAIRS = """
東东 華华 聯联 國国 視视 覺觉 報报 時时 電电 臺台 灣湾 網网 經经 濟济 際际 發发 記记 圖图 開开 關关 廣广 協协 會会 團团
處处 館馆 廳厅 隊队 學学 歐欧 聞闻 訊讯 亞亚 蓋盖 韓韩 義义 羅罗 馬马 紐纽 約约 倫伦 莊庄 傳传 體体 藝艺 術术 節节 車车
鐵铁 軍军 黨党 職职 業业 檢检 醫医 藥药 銀银 辦办 區区 縣县 鄉乡 鎮镇 號号 長长 門门 問问 間间 陽阳 陰阴 雲云 風风 飛飞
實实 驗验 愛爱 書书 畫画 場场 勞劳 動动 線线 總总 統统 務务 環环 運运 輸输 農农 貿贸 產产 錢钱 鐘钟 滬沪 閩闽 粵粤 遼辽
寧宁 黃黄 龍龙 鳳凤 興兴 應应 樂乐 歡欢 讀读 說说 語语 話话 對对 爾尔 兒儿 師师 親亲 讓让 請请 證证 據据 點点 燈灯 災灾
難难 這这 們们 來来 為为 個个 與与 從从 無无 現现 見见 觀观 頭头 廠厂 設设 計计 劃划 創创 圓圆 員员 園园 遠远 邊边 達达
過过 還还 進进 選选 連连 護护 織织 組组 紀纪 維维 雙双 雜杂 離离 類类 顯显 額额 頁页 預预 領领 題题 飯饭 魚鱼 鳥鸟 麥麦
齊齐 萬万 豐丰 氣气 歷历 雞鸡 衛卫 認认 議议 變变 貝贝 財财 責责 貨货 質质 購购 賽赛 趙赵 軟软 輪轮 轉转 郵邮 鄭郑 鋼钢
錄录 鏡镜 閣阁 隨随 靈灵 頻频 鬥斗 攝摄 資资 檔档 絡络 條条 則则 導导 衆众 眾众 聲声 訪访 權权 載载 潤润 澤泽 漢汉 溫温
濱滨 瀋沈 陝陕 蘇苏 贛赣 貴贵 僑侨 傑杰 楊杨 劉刘 陳陈 張张 鄧邓 蕭萧 葉叶 許许 謝谢 鍾钟 孫孙 嚴严 魯鲁 盧卢 賴赖 顧顾
韋韦 聶聂 閻阎 龔龚 蘭兰 麗丽 鳴鸣 濤涛 輝辉 紅红 綠绿 藍蓝 鵬鹏 強强 偉伟 寶宝 貞贞 靜静 潔洁 豔艳 穎颖 瑩莹 瓊琼 崗岗
嶺岭 島岛 灘滩 橋桥 樓楼 廟庙 標标 準准 測测 繪绘 劇剧 戲戏 舊旧 衝冲 擊击 戰战 爭争 槍枪 彈弹 艦舰 機机 壓压 礦矿 煉炼
當当 屬属 採采 處处 獲获 倉仓 層层
"""
TRADITIONAL_TO_SIMPLIFIED = {ord(pair[0]): pair[1] for pair in _PAIRS.split()}
